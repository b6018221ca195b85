package ru.portal500.identity.infrastructure;

import jakarta.json.JsonObject;

/** A Keycloak user as the portal shows it. */
public record KeycloakUser(String id, String username, String firstName, String lastName, String email) {

    static KeycloakUser of(JsonObject json) {
        return new KeycloakUser(json.getString("id"), json.getString("username"),
                json.getString("firstName", ""), json.getString("lastName", ""), json.getString("email", ""));
    }

    public String fullName() {
        return (firstName + " " + lastName).trim();
    }
}
