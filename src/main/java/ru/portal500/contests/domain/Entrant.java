package ru.portal500.contests.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Objects;

/**
 * Who enters: a school's team for its school, or a teacher in their own name; the school either way (its id, its
 * place as a scope, its name), and the person who opened the entry.
 */
public record Entrant(EntrantKind kind, long schoolId, Scope school, String schoolName, String username,
                      String fullName) {

    public Entrant {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(school, "school");
        if (school.level() != Scope.Level.SCHOOL) {
            throw new IllegalArgumentException("An entrant's school is a school: " + school);
        }
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(username, "username");
        fullName = fullName == null || fullName.isBlank() ? username : fullName;
    }
}
