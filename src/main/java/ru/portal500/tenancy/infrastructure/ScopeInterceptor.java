package ru.portal500.tenancy.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.portal500.tenancy.domain.CallerScopes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the caller's scope into the transaction's EntityManager before a {@link ScopedToCaller}
 * repository runs. It runs inside the transaction ({@code @Transactional} has a lower priority
 * number), so the parameters reach the EntityManager that the repository's queries use.
 */
@ScopedToCaller
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ScopeInterceptor {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerScopes callerScopes;

    @AroundInvoke
    Object applyScope(InvocationContext invocation) throws Exception {
        WholeRegion.readingFor().map(ScopeParameters::wholeRegion).orElseGet(this::scopeOfCaller)
                .forEach(em::setProperty);
        return invocation.proceed();
    }

    /**
     * The region the work reads for the caller ({@link WholeRegion#readFor}) while it runs, otherwise the caller's
     * places; background work (a rebuild of the search index on a managed thread) has no request and so
     * no caller: it gets a visitor's scope, nothing, and reads only what a repository method opens to the whole
     * region it names ({@link WholeRegion}).
     */
    private Map<String, List<String>> scopeOfCaller() {
        try {
            return ScopeParameters.of(callerScopes.scopes(), callerScopes.subject());
        } catch (ContextNotActiveException noRequest) {
            return ScopeParameters.of(List.of(), Optional.empty());
        }
    }
}
