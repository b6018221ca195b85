package ru.portal500.identity.domain;

import java.util.Arrays;
import java.util.Optional;

/** The portal's roles, as Keycloak names them (realm roles of the {@code portal500} realm). */
public enum Role {
    REGIONAL_OPERATOR("regional-operator"),
    MUNICIPAL_COORDINATOR("municipal-coordinator"),
    CURATOR("curator"),
    EXPERT("expert"),
    SCHOOL_TEAM("school-team"),
    CONTEST_ORGANISER("contest-organiser"),
    JURY_MEMBER("jury-member"),
    TEACHER("teacher");

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    public String keycloakName() {
        return keycloakName;
    }

    /** The role a Keycloak role name stands for; Keycloak's own roles (offline_access…) stand for none. */
    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(r -> r.keycloakName.equals(name)).findFirst();
    }
}
