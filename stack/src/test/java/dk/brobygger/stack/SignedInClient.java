package dk.brobygger.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session without the browser: signs in on Keycloak's real login form over HTTP and then
 * requests pages and posts forms as that person, for tests of many cells where a real Chromium would be slow.
 */
final class SignedInClient {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The Content-Security-Policy nonce every form carries (PrimeFaces refuses a postback without it). */
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final LoopbackCookies cookies;

    private SignedInClient(HttpClient http, LoopbackCookies cookies) {
        this.http = http;
        this.cookies = cookies;
    }

    static SignedInClient signIn(DemoUsers.DemoUser user) throws IOException, InterruptedException {
        Pending pending = startSignIn(user);
        HttpResponse<String> landed = pending.finish();
        if (!landed.uri().toString().startsWith(TestStack.APPLICATION_URL)) {
            throw new IllegalStateException(user.username() + " did not get signed in: " + landed.uri());
        }
        return pending.client();
    }

    /**
     * Signs in on Keycloak's login form up to where Keycloak sends the browser back to the application, and stops
     * there: the application has not yet seen the sign-in (for tests of sign-ins that reach it at the same moment).
     */
    static Pending startSignIn(DemoUsers.DemoUser user) throws IOException, InterruptedException {
        LoopbackCookies cookies = new LoopbackCookies();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        SignedInClient client = new SignedInClient(http, cookies);
        HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL
                + "start")).GET());
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form at " + loginPage.uri());
        }
        HttpClient oneStep = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> back = oneStep.send(HttpRequest.newBuilder(
                        URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", user.username(),
                        "password", user.password(), "credentialId", "")))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String callback = back.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                user.username() + " was not sent back to the application: " + back.statusCode() + " " + back.uri()));
        return new Pending(client, URI.create(callback));
    }

    /** A sign-in Keycloak has accepted, on its way back to the application. */
    record Pending(SignedInClient client, URI callback) {

        /** Follows Keycloak's redirect into the application: the page the person lands on. */
        HttpResponse<String> finish() throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(callback).GET());
        }
    }

    /**
     * Keycloak marks its cookies Secure; a browser still sends them to http://localhost, Java's cookie manager
     * does not. On loopback, treat them as the browser does.
     */
    private static final class LoopbackCookies extends CookieManager {

        /** Every Set-Cookie header the application sent, in order, as sent. */
        private final List<String> setByApplication = new ArrayList<>();

        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            if (uri.toString().startsWith(TestStack.APPLICATION_URL)) {
                headers.forEach((name, values) -> {
                    if ("set-cookie".equalsIgnoreCase(name)) {
                        setByApplication.addAll(values);
                    }
                });
            }
            super.put(uri, headers);
            getCookieStore().getCookies().forEach(cookie -> cookie.setSecure(false));
        }
    }

    /** The application's session cookie's value, to carry this signed-in session over to another client. */
    String sessionId() {
        return cookies.getCookieStore().get(URI.create(TestStack.APPLICATION_URL)).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Not signed in")).getValue();
    }

    /** Every Set-Cookie header the application has sent this client, sign-in included, as sent. */
    List<String> cookiesSetByApplication() {
        return List.copyOf(cookies.setByApplication);
    }

    /** Posts a body of the given type to a path of the application, as a script on another site could. */
    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(TestStack.APPLICATION_URL + path)).GET());
    }

    /**
     * Submits a form of a page as the browser would: the page's view state, the form's own marker, the given
     * button pressed and the given fields (by their full names, so that a test can add or forge any of them). A
     * field with several values (ticked checkboxes) is given as a list.
     */
    HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, ?> fields)
            throws IOException, InterruptedException {
        return send(submission(page, formId, button, fields));
    }

    /** {@link #submit} with a button that sends a file: the file as it came. */
    HttpResponse<byte[]> download(HttpResponse<String> page, String formId, String button, Map<String, ?> fields)
            throws IOException, InterruptedException {
        return http.send(submission(page, formId, button, fields).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder submission(HttpResponse<String> page, String formId, String button,
                                                  Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>(formFields(page, formId, button));
        body.putAll(fields);
        return HttpRequest.newBuilder(formAction(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(body)));
    }

    /** Submits a multipart form as the browser would, with one file chosen in its file field. */
    HttpResponse<String> upload(HttpResponse<String> page, String formId, String button, String fileField,
                                String fileName, byte[] file) throws IOException, InterruptedException {
        String boundary = "----brobygger" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : formFields(page, formId, button).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(formAction(page, formId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * What a browser posts for a form besides its inputs: the view state, the page's nonce, the form's marker and
     * the button.
     */
    private static Map<String, String> formFields(HttpResponse<String> page, String formId, String button) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("The page has no view state: " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(formId + ":" + button, button);
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return fields;
    }

    private static URI formAction(HttpResponse<String> page, String formId) {
        Matcher action = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("The page has no form " + formId + ": " + page.uri());
        }
        return page.uri().resolve(action.group(1).replace("&amp;", "&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, ?> fields) {
        return fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values : List.of(e.getValue())).stream()
                        .map(value -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
