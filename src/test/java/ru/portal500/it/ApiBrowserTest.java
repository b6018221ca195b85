package ru.portal500.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;

/**
 * A browser test that also goes through the REST API (to make its data, or to check what a page did): the browser
 * of {@link BrowserTest} and the same API pieces as {@link ApiTest} ({@link ApiHarness}).
 */
public abstract class ApiBrowserTest extends BrowserTest {

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
