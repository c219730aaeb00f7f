package dk.brobygger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The OpenID Connect provider and client, from configuration (see README), for the mechanism's expressions. */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "brobygger.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "brobygger.oidc.client-id", defaultValue = "brobygger-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "brobygger.oidc.client-secret")
    String clientSecret;

    /** The realm's OpenID Connect discovery document. */
    public URI discoveryUri() {
        return URI.create(providerUri + "/.well-known/openid-configuration");
    }

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
