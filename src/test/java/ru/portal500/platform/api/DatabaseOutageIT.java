package ru.portal500.platform.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.EmbeddedMariaDb;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.TestInfrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * MariaDB stops under the running portal and starts again: while it is away the API answers a quick 503 with a
 * Russian JSON message, a page says in Russian that the database is unavailable, and readiness is DOWN; once it is
 * back the portal serves again without a restart.
 */
class DatabaseOutageIT extends ApiTest {

    /** An outage is answered in seconds, not after the 20 s a client waited before. */
    private static final Duration QUICK = Duration.ofSeconds(8);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void theApiAnswersAQuick503InRussianWhileTheDatabaseIsAwayAndRecoversWhenItIsBack() {
        PortalApi api = new PortalApi(base);
        String token = KeycloakTokens.accessToken("coordinator");
        HttpResponse<String> before = api.get("/municipalities", token);
        assertEquals(200, before.statusCode(), before.body());
        assertEquals("UP", readiness().getString("status"));

        EmbeddedMariaDb database = TestInfrastructure.database();
        database.stop();
        try {
            Instant asked = Instant.now();
            HttpResponse<String> away = timed(() -> api.get("/municipalities", token));
            Duration took = Duration.between(asked, Instant.now());
            assertEquals(503, away.statusCode(), away.body());
            assertTrue(took.compareTo(QUICK) < 0, "answered after " + took);
            assertTrue(away.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    away.headers().map().toString());
            assertTrue(away.headers().firstValue("Retry-After").isPresent(), away.headers().map().toString());
            String message = ((JsonObject) PortalApi.json(away)).getString("message");
            assertTrue(message.startsWith("База данных портала сейчас недоступна"), message);

            JsonObject down = readiness();
            assertEquals("DOWN", down.getString("status"), down.toString());

            HttpResponse<String> page = page("/practices.xhtml");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("База данных портала сейчас недоступна"), page.body());
        } finally {
            database.restart();
        }

        await("readiness UP again", () -> readiness().getString("status").equals("UP"));
        await("the same call answered 200 again", () -> api.get("/municipalities", token).statusCode() == 200);
        HttpResponse<String> after = api.get("/municipalities", token);
        assertEquals(before.body(), after.body());
        assertEquals(200, page("/practices.xhtml").statusCode());
    }

    /** A page of the bank that visitors read, as a browser without a session asks for it. */
    private HttpResponse<String> page(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(PortalDeployment.localUrl(base) + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request must come back within QUICK at all; a hung request fails here rather than waiting on. */
    private static HttpResponse<String> timed(java.util.function.Supplier<HttpResponse<String>> call) {
        java.util.concurrent.CompletableFuture<HttpResponse<String>> answer =
                java.util.concurrent.CompletableFuture.supplyAsync(call);
        try {
            return answer.get(QUICK.toSeconds() + 30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return fail("no answer within " + (QUICK.toSeconds() + 30) + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private JsonObject readiness() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + base.getPort() + "/health/ready"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject health = (JsonObject) PortalApi.json(response);
            assertEquals(health.getString("status").equals("UP") ? 200 : 503, response.statusCode(), response.body());
            return health;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the condition holds, for at most two minutes (MariaDB's restart on a busy machine included). */
    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Await.until(what, Duration.ofMinutes(2), condition);
    }
}
