package ru.portal500.devenv;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal's REST API called as a demo user does: a real access token from the local Keycloak (password grant
 * of the {@code portal-api} client, which allows it in the demo realm), then plain HTTP. Every call names the status
 * it expects; any other answer stops the seeding with the portal's own message.
 */
public final class DemoApi {

    static final String API_CLIENT = "portal-api";
    static final String API_SECRET = "portal-api-demo-secret";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String portal;
    private final String api;
    private final String issuer;
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    public DemoApi(String portalUrl, String issuer) {
        this.portal = portalUrl;
        this.api = portalUrl + "/api";
        this.issuer = issuer;
    }

    /** Another person than the realm's demo users (an invited one), with their password. */
    public void knowPassword(String username, String password) {
        passwords.put(username, password);
        tokens.remove(username);
    }

    /** The user's grants changed (a contest's role given): their next call logs in again for a token that has them. */
    public void logInAgain(String username) {
        tokens.remove(username);
    }

    /** A fresh access token for the user (the seeding is short: tokens are reused, not refreshed). */
    public String token(String username) {
        return tokens.computeIfAbsent(username, u -> post(issuer + "/protocol/openid-connect/token", form(Map.of(
                "grant_type", "password", "client_id", API_CLIENT, "client_secret", API_SECRET, "username", u,
                "password", passwords.getOrDefault(u, DemoUsers.PASSWORD), "scope", "openid"))));
    }

    private String post(String url, String form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the token: " + response.body());
        }
        return object(response.body()).getString("access_token");
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public JsonStructure get(String user, String path) {
        return call(user, "GET", path, null, 200);
    }

    public JsonStructure post(String user, String path, String json, int expected) {
        return call(user, "POST", path, json, expected);
    }

    public JsonStructure put(String user, String path, String json) {
        return call(user, "PUT", path, json, 200);
    }

    /** A file as the request body (documents: its name in {@code ?name=}; imports: CSV). */
    public JsonObject upload(String user, String path, String contentType, byte[] file, int expected) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(api + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token(user))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        return (JsonObject) expect(response, "POST " + path + " as " + user, expected);
    }

    /** A GET of the API as a visitor does it: no token at all. */
    public JsonStructure visitorGet(String path) {
        return expect(send(HttpRequest.newBuilder(URI.create(api + path)).header("Accept", "application/json").GET()),
                "GET " + path + " as a visitor", 200);
    }

    /** A page of the portal (its path from the root, e.g. {@code /contest.xhtml?id=5}) as a visitor reads it. */
    public String visitorPage(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(portal + path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as a visitor: HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** A file the portal serves to a visitor (its path from the root), as bytes. */
    public byte[] visitorFile(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(portal + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " as a visitor: HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status alone, for checks that may be answered 404 (nothing there yet). */
    public int status(String user, String path) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token(user))
                .GET()).statusCode();
    }

    private JsonStructure call(String user, String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return expect(send(request), method + " " + path + " as " + user, expected);
    }

    private static JsonStructure expect(HttpResponse<String> response, String what, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " (ожидался " + expected + "): "
                    + response.body());
        }
        String body = response.body();
        return body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(body)).read();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static JsonArray array(JsonStructure json) {
        return json.asJsonArray();
    }
}
