package ru.portal500.tenancy.infrastructure;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import ru.portal500.tenancy.domain.CallerScopes;
import ru.portal500.tenancy.domain.Scope;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The caller's places reach the EntityManager before a scoped repository runs; background work, which has no request
 * (the hourly reminders, a rebuild of the search index), gets a visitor's scope instead of failing — it once failed
 * every hour with ContextNotActiveException and the contests' deadline reminders were never sent.
 */
class ScopeInterceptorTest {

    private final Map<String, Object> properties = new HashMap<>();

    private ScopeInterceptor interceptor(CallerScopes callerScopes) {
        ScopeInterceptor interceptor = new ScopeInterceptor();
        interceptor.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setProperty")) {
                        properties.put((String) args[0], args[1]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        interceptor.callerScopes = callerScopes;
        return interceptor;
    }

    private static InvocationContext proceeding() {
        return (InvocationContext) Proxy.newProxyInstance(ScopeInterceptorTest.class.getClassLoader(),
                new Class<?>[] {InvocationContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("proceed")) {
                        return "read";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theCallersPlacesBecomeTheScope() throws Exception {
        Scope atkarsky = Scope.ofMunicipality("64", "atkarsky");
        Object result = interceptor(new CallerScopes() {
            @Override
            public List<Scope> scopes() {
                return List.of(atkarsky);
            }

            @Override
            public Optional<String> subject() {
                return Optional.of("s-1");
            }
        }).applyScope(proceeding());
        assertEquals("read", result);
        assertEquals(ScopeParameters.of(List.of(atkarsky), Optional.of("s-1")), properties);
    }

    @Test
    void workWithoutARequestReadsAsAVisitorInsteadOfFailing() throws Exception {
        Object result = interceptor(new CallerScopes() {
            @Override
            public List<Scope> scopes() {
                throw new ContextNotActiveException("no request on a managed thread");
            }

            @Override
            public Optional<String> subject() {
                throw new ContextNotActiveException("no request on a managed thread");
            }
        }).applyScope(proceeding());
        assertEquals("read", result);
        assertEquals(ScopeParameters.of(List.of(), Optional.empty()), properties);
    }

    /**
     * A service reading one region for a caller who holds no role in it (the federal reader of aggregates) gets the
     * whole region as the scope while its work runs, and the caller's own places again after it, also after a failure.
     */
    @Test
    void aRegionReadForTheCallerIsTheScopeOnlyWhileTheWorkRuns() throws Exception {
        CallerScopes nowhere = new CallerScopes() {
            @Override
            public List<Scope> scopes() {
                return List.of();
            }

            @Override
            public Optional<String> subject() {
                return Optional.of("federal");
            }
        };
        ScopeInterceptor interceptor = interceptor(nowhere);
        WholeRegion wholeRegion = new WholeRegion();
        wholeRegion.readFor("64", () -> {
            try {
                return interceptor.applyScope(proceeding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(ScopeParameters.wholeRegion("64"), properties);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> wholeRegion.readFor("23",
                () -> {
                    throw new IllegalStateException("failed");
                }));
        interceptor.applyScope(proceeding());
        assertEquals(ScopeParameters.of(List.of(), Optional.of("federal")), properties,
                "after the work, and after a failure, the caller's own places (none) again");
    }
}
