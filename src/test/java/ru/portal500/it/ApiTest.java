package ru.portal500.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * The harness of an API integration test: the deployed portal (shared by every class of the test JVM, see
 * {@link OneDeploymentPerJvm}), its REST client, the users' tokens and the JSON of the answers.
 */
@PortalIntegrationTest
public abstract class ApiTest {

    /** The deployed portal, as Micro reports it; {@link PortalDeployment#localUrl} gives the browser's address. */
    @ArquillianResource
    protected URL base;

    private final Map<String, String> tokens = new HashMap<>();

    /** The REST API ({@code /api}) of the deployed portal. */
    protected PortalApi api() {
        return new PortalApi(base);
    }

    /**
     * The user's access token, fetched once per test (Keycloak's brute-force protection locks out rapid repeated
     * logins); {@code null} for an anonymous call.
     */
    protected String token(String user) {
        return user == null ? null : tokens.computeIfAbsent(user, KeycloakTokens::accessToken);
    }

    protected static JsonObject object(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonObject();
    }

    protected static JsonArray array(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonArray();
    }
}
