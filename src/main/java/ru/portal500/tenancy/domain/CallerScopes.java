package ru.portal500.tenancy.domain;

import java.util.List;
import java.util.Optional;

/**
 * The places the caller of the current request holds a role in (one scope per grant; empty for a visitor). Tenancy
 * knows places, not people: identity, which knows who the caller is, implements this port.
 */
public interface CallerScopes {

    List<Scope> scopes();

    /** The caller's own key (the Keycloak subject), for records that belong to a person; empty for a visitor. */
    Optional<String> subject();
}
