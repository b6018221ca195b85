package ru.portal500.tenancy.application;

import java.util.Optional;

/**
 * The checks the directory of places needs, answered by identity (which knows the caller's roles and keeps the
 * audit log) so that tenancy does not depend on it.
 */
public interface TerritoryAccess {

    /** Refuses (403, audited) a caller who is neither a regional operator nor a municipal coordinator. */
    void requireAdministrator(String action);

    /** The place, or a 404 exactly like an id that does not exist, recorded in the audit log. */
    <T> T requireFound(Optional<T> found, String what);
}
