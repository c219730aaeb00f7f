package dk.brobygger.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Keycloak tells the application that one of its sessions has ended (OpenID Connect Back-Channel Logout): the
 * person signed out elsewhere, or an administrator ended the session. The logout token must be signed by the
 * realm's key, issued by the realm for this client, and name the person; then the person's sessions here end at
 * their next request ({@link SessionEnds}). Anything else is refused with 400 and changes nothing.
 */
@WebServlet(BackchannelLogoutServlet.PATH)
public class BackchannelLogoutServlet extends HttpServlet {

    static final String PATH = "/backchannel-logout";

    private static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final int TIMEOUT_MILLIS = 3000;
    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());

    @Inject
    private OidcSettings oidc;

    @Inject
    private SessionEnds ends;

    /** Built at the first logout token, from the realm's published keys (refreshed when they rotate). */
    private volatile ConfigurableJWTProcessor<SecurityContext> tokens;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        Optional<String> person = token == null ? Optional.empty() : signedOut(token);
        if (person.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ends.endedByKeycloak(person.get());
        LOG.info("Keycloak ended a session: that person's earlier sessions here end at their next request");
        response.setStatus(HttpServletResponse.SC_OK);
    }

    /** The person (Keycloak subject) a valid logout token signs out, or empty when the token is not one. */
    private Optional<String> signedOut(String token) {
        try {
            JWTClaimsSet claims = tokens().process(token, null);
            Map<String, Object> events = claims.getJSONObjectClaim("events");
            if (events == null || !events.containsKey(LOGOUT_EVENT) || claims.getClaim("nonce") != null) {
                return Optional.empty();
            }
            return Optional.of(claims.getSubject());
        } catch (ParseException | BadJOSEException | JOSEException | IOException e) {
            LOG.log(Level.WARNING, "Refused a back-channel logout token: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> tokens() throws IOException {
        if (tokens == null) {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                    new JOSEObjectType("logout+jwt"), null));
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    JWKSourceBuilder.create(keysOfRealm()).retrying(true).build()));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(oidc.getClientId(),
                    new JWTClaimsSet.Builder().issuer(oidc.getProviderUri()).build(),
                    Set.of("iat", "jti", "events", "sub")));
            tokens = processor;
        }
        return tokens;
    }

    /** Where the realm publishes its signing keys, as its discovery document says. */
    private URL keysOfRealm() throws IOException {
        URLConnection connection = oidc.discoveryUri().toURL().openConnection();
        connection.setConnectTimeout(TIMEOUT_MILLIS);
        connection.setReadTimeout(TIMEOUT_MILLIS);
        try (InputStream discovery = connection.getInputStream(); JsonReader reader = Json.createReader(discovery)) {
            return new URL(reader.readObject().getString("jwks_uri"));
        }
    }
}
