package ru.portal500.it;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * The one way the tests wait: for a condition, polled until it holds or the time is up (then the test fails naming
 * what it waited for), never for a fixed time. Browser tests wait for a page with Selenium's own waits
 * ({@link Browser}); this is for everything else (the search index, mails, a token's expiry, a database's return).
 */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(250);

    private Await() {
    }

    /** Polls until the condition holds, for at most {@code atMost}. */
    public static void until(String what, Duration atMost, Callable<Boolean> condition) {
        waiting(what, atMost).until(condition);
    }

    /** Polls the value until it is accepted, for at most {@code atMost}, and returns the accepted value. */
    public static <T> T until(String what, Duration atMost, Callable<T> value, Predicate<? super T> accepted) {
        return waiting(what, atMost).until(value, accepted::test);
    }

    /** Polled in the test's own thread: a browser and an HTTP client are used by one thread at a time. */
    private static ConditionFactory waiting(String what, Duration atMost) {
        return Awaitility.await(what).atMost(atMost).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(POLL);
    }
}
