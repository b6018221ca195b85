package ru.portal500.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;

import java.net.URL;
import java.net.http.HttpResponse;

/**
 * An API integration test: the deployed portal (shared by every class of the test JVM, see
 * {@link OneDeploymentPerJvm}) and the pieces of {@link ApiHarness} — its REST client, the users' tokens and the JSON
 * of the answers. A browser test that also calls the API extends {@link ApiBrowserTest}, which offers the same.
 */
@PortalIntegrationTest
public abstract class ApiTest {

    /** The deployed portal, as Micro reports it; {@link PortalDeployment#localUrl} gives the browser's address. */
    @ArquillianResource
    protected URL base;

    private final ApiHarness harness = new ApiHarness(() -> base);

    /** The REST API ({@code /api}) of the deployed portal. */
    protected PortalApi api() {
        return harness.api();
    }

    /** The user's access token, fetched once per test; {@code null} for an anonymous call. */
    protected String token(String user) {
        return harness.token(user);
    }

    /** A new login of the user at each call (grants given a moment ago, no expiry in a long test). */
    protected static String freshToken(String user) {
        return ApiHarness.freshToken(user);
    }

    protected static JsonObject object(HttpResponse<String> response) {
        return ApiHarness.object(response);
    }

    protected static JsonArray array(HttpResponse<String> response) {
        return ApiHarness.array(response);
    }
}
