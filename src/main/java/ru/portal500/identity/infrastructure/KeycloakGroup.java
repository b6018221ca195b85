package ru.portal500.identity.infrastructure;

import jakarta.json.JsonObject;

/** A Keycloak group: its id, name and path. */
public record KeycloakGroup(String id, String name, String path) {

    static KeycloakGroup of(JsonObject json) {
        return new KeycloakGroup(json.getString("id"), json.getString("name"), json.getString("path", ""));
    }
}
