package ru.portal500.tenancy.domain;

import java.util.List;

/**
 * The places the caller of the current request holds a role in (one scope per grant; empty for a visitor). Tenancy
 * knows places, not people: identity, which knows who the caller is, implements this port.
 */
public interface CallerScopes {

    List<Scope> scopes();
}
