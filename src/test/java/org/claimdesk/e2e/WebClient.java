package org.claimdesk.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP with its own cookies, like one browser without JavaScript: follows no redirects, and signs
 * in by posting the login form with the CSRF token its login page carries, as Vaadin's login form does.
 */
final class WebClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    private final String base;

    WebClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** GET with extra headers given as name, value, name, value... */
    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET().build());
    }

    /** POSTs a form, with extra headers given as name, value... */
    HttpResponse<String> post(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens the login page (starting a session) and returns the CSRF token it carries. */
    String loginPageToken() throws IOException, InterruptedException {
        Matcher m = CSRF_META.matcher(get("/login").body());
        if (!m.find()) {
            throw new AssertionError("The login page carries no CSRF token");
        }
        return m.group(1);
    }

    /** Posts the login form as the login page would (same origin, with its token). */
    HttpResponse<String> signIn(String username, String password, String... headers)
            throws IOException, InterruptedException {
        String token = loginPageToken();
        return post("/login", signInForm(username, password, token), headers);
    }

    /** Signs in and fails the test unless the sign-in was accepted. */
    WebClient signedInAs(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = signIn(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("/login")) {
            throw new AssertionError("Sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
        return this;
    }

    static Map<String, String> signInForm(String username, String password, String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        if (token != null) {
            form.put("_csrf", token);
        }
        return form;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
