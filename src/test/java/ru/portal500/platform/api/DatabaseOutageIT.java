package ru.portal500.platform.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.EmbeddedMariaDb;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.PortalApi;
import ru.portal500.it.TestInfrastructure;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * MariaDB stops under the running portal and starts again: while it is away the API answers a quick 503 with a
 * Russian JSON message, a page says in Russian that the database is unavailable, and readiness is DOWN; once it is
 * back the portal serves again without a restart. It stops a server, so it runs in a test JVM of its own, with its
 * own MariaDB, Keycloak and portal on ports and in a data folder of its own ({@code it.isolated} in pom.xml): the
 * classes that share a deployment never see the outage.
 */
class DatabaseOutageIT extends ApiTest {

    /** An outage is answered in seconds, not after the 20 s a client waited before. */
    private static final Duration QUICK = Duration.ofSeconds(8);

    @Test
    void theApiAnswersAQuick503InRussianWhileTheDatabaseIsAwayAndRecoversWhenItIsBack() {
        PortalApi api = api();
        String token = token("coordinator");
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
            String message = object(away).getString("message");
            assertTrue(message.startsWith("База данных портала сейчас недоступна"), message);

            JsonObject down = readiness();
            assertEquals("DOWN", down.getString("status"), down.toString());

            HttpResponse<String> page = api.page("/practices.xhtml");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("База данных портала сейчас недоступна"), page.body());
        } finally {
            database.restart();
        }

        await("readiness UP again", () -> readiness().getString("status").equals("UP"));
        await("the same call answered 200 again", () -> api.get("/municipalities", token).statusCode() == 200);
        HttpResponse<String> after = api.get("/municipalities", token);
        assertEquals(before.body(), after.body());
        assertEquals(200, api.page("/practices.xhtml").statusCode());
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

    /** The portal's readiness, its status code as its status says (200 UP, 503 DOWN). */
    private JsonObject readiness() {
        HttpResponse<String> response = api().server("/health/ready");
        JsonObject health = object(response);
        assertEquals(health.getString("status").equals("UP") ? 200 : 503, response.statusCode(), response.body());
        return health;
    }

    /** Polls until the condition holds, for at most two minutes (MariaDB's restart on a busy machine included). */
    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        Await.until(what, Duration.ofMinutes(2), condition);
    }
}
