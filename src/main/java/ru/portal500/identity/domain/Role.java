package ru.portal500.identity.domain;

import ru.portal500.tenancy.domain.Scope;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static ru.portal500.tenancy.domain.Scope.Level.MUNICIPALITY;
import static ru.portal500.tenancy.domain.Scope.Level.REGION;
import static ru.portal500.tenancy.domain.Scope.Level.SCHOOL;

/**
 * The portal's roles, as Keycloak names them, where each can be held, and their rank: who may
 * grant a role is decided by rank (see {@link Caller#mayGrant}).
 */
public enum Role {
    REGIONAL_OPERATOR("regional-operator", 3, EnumSet.of(REGION)),
    MUNICIPAL_COORDINATOR("municipal-coordinator", 2, EnumSet.of(MUNICIPALITY)),
    CURATOR("curator", 1, EnumSet.of(SCHOOL)),
    EXPERT("expert", 1, EnumSet.of(REGION, MUNICIPALITY)),
    SCHOOL_TEAM("school-team", 1, EnumSet.of(SCHOOL)),
    CONTEST_ORGANISER("contest-organiser", 1, EnumSet.of(REGION)),
    JURY_MEMBER("jury-member", 1, EnumSet.of(REGION)),
    TEACHER("teacher", 0, EnumSet.of(REGION, MUNICIPALITY, SCHOOL)),
    /**
     * A reader of aggregates (the federal ministry's analyst): counts and shares of monitoring per region and
     * municipality, never a school's name or documents. A realm role of Keycloak's, held nowhere in particular.
     */
    FEDERAL_READER("federal-reader", 0, EnumSet.noneOf(Scope.Level.class));

    private final String keycloakName;
    private final int rank;
    private final Set<Scope.Level> levels;

    Role(String keycloakName, int rank, Set<Scope.Level> levels) {
        this.keycloakName = keycloakName;
        this.rank = rank;
        this.levels = levels;
    }

    public String keycloakName() {
        return keycloakName;
    }

    public int rank() {
        return rank;
    }

    /** Where the role can be held: a curator curates schools, a coordinator manages municipalities… */
    public boolean isGrantableAt(Scope.Level level) {
        return levels.contains(level);
    }

    /** The role a Keycloak role name stands for; Keycloak's own roles (offline_access…) stand for none. */
    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(r -> r.keycloakName.equals(name)).findFirst();
    }
}
