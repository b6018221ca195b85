package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Objects;
import java.util.Set;

/** A portal user as another user may know them: login, name, and the grants they hold (those of one region). */
public record Person(String username, String fullName, Set<Grant> grants) {

    public Person {
        Objects.requireNonNull(username, "username");
        fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
        grants = Set.copyOf(grants);
    }

    /** Whether they hold some role anywhere in the region. */
    public boolean actsIn(String region) {
        return grants.stream().anyMatch(g -> g.scope().region().equals(region));
    }

    /** Whether they belong to the school: its team or its teachers (curating it is no membership). */
    public boolean worksAt(Scope school) {
        return grants.stream().anyMatch(g -> g.scope().equals(school) && g.role() != Role.CURATOR);
    }

    public boolean holds(Grant grant) {
        return grants.contains(grant);
    }
}
