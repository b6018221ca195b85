package ru.portal500.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import ru.portal500.devenv.DemoUsers;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real tokens from the test Keycloak (password grant of the REST integration client). */
public final class KeycloakTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakTokens() {
    }

    /** The token response for a demo user: access_token, id_token… */
    public static JsonObject forDemoUser(String username) {
        return grant(TestInfrastructure.keycloak().issuer(), Map.of(
                "grant_type", "password", "client_id", "portal-api", "client_secret", "portal-api-demo-secret",
                "username", username, "password", DemoUsers.PASSWORD, "scope", "openid"));
    }

    public static String accessToken(String username) {
        return forDemoUser(username).getString("access_token");
    }

    /** A perfectly valid token of another realm (Keycloak's master realm, its admin). */
    public static String masterRealmAdminToken() {
        return grant(TestInfrastructure.keycloak().baseUrl() + "/realms/master", Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .getString("access_token");
    }

    /**
     * Until closed, tokens of the {@code portal-api} client live only this many seconds (a client
     * attribute set through the Admin REST API); closing restores the realm's lifespan.
     */
    public static AutoCloseable shortLivedTokens(int seconds) {
        return shortLivedTokens("portal-api", seconds);
    }

    /** The same for any client of the realm (the web client {@code portal}, for browser sessions). */
    public static AutoCloseable shortLivedTokens(String clientId, int seconds) {
        String admin = TestInfrastructure.keycloak().baseUrl() + "/admin/realms/portal500/clients";
        String token = masterRealmAdminToken();
        JsonObject client = Json.createReader(new StringReader(send(HttpRequest.newBuilder(
                URI.create(admin + "?clientId=" + clientId)).GET(), token).body())).readArray().getJsonObject(0);
        String id = client.getString("id");
        java.util.function.Consumer<String> setLifespan = value -> {
            JsonObject attributes = Json.createObjectBuilder(client.getJsonObject("attributes"))
                    .add("access.token.lifespan", value).build();
            JsonObject changed = Json.createObjectBuilder(client).add("attributes", attributes).build();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(admin + "/" + id))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(changed.toString())), masterRealmAdminToken());
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Keycloak refused the client change: " + response.body());
            }
        };
        setLifespan.accept(String.valueOf(seconds));
        return () -> setLifespan.accept("");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject grant(String issuer, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the grant: " + response.body());
            }
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
