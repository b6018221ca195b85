package ru.portal500.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pieces of an API integration test, in one place: the REST client of the deployed portal, the users' tokens
 * and the JSON of the answers. {@link ApiTest} and {@link ApiBrowserTest} hand them to their classes; an IT declares
 * none of its own.
 */
public final class ApiHarness {

    private final Supplier<URL> deployed;
    private final Map<String, String> tokens = new HashMap<>();

    /** The deployment is asked for when a call is made: Arquillian injects it after the test instance exists. */
    public ApiHarness(Supplier<URL> deployed) {
        this.deployed = deployed;
    }

    /** The REST API ({@code /api}) of the deployed portal. */
    public PortalApi api() {
        return new PortalApi(deployed.get());
    }

    /**
     * The user's access token, fetched once per harness, that is per test (Keycloak's brute-force protection locks
     * out rapid repeated logins); {@code null} for an anonymous call.
     */
    public String token(String user) {
        return user == null ? null : tokens.computeIfAbsent(user, KeycloakTokens::accessToken);
    }

    /**
     * A new login of the user at each call: a token that carries grants given a moment ago, and one that cannot
     * have expired in a long test (tokens live five minutes); {@code null} for an anonymous call.
     */
    public static String freshToken(String user) {
        return user == null ? null : KeycloakTokens.accessToken(user);
    }

    public static JsonObject object(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonArray();
    }
}
