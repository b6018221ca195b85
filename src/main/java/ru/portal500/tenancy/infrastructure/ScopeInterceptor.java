package ru.portal500.tenancy.infrastructure;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.portal500.tenancy.domain.CallerScopes;

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
        ScopeParameters.of(callerScopes.scopes(), callerScopes.subject()).forEach(em::setProperty);
        return invocation.proceed();
    }
}
