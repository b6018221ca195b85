package ru.portal500.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keycloak's groups as the portal lays them out (a place's group, a subgroup per role): reading, creating, members. */
@ApplicationScoped
public class KeycloakGroups {

    @Inject
    KeycloakAdminConnection keycloak;

    public Optional<KeycloakGroup> groupByPath(String path) {
        try (Response response = keycloak.realm().path("group-by-path").path(path.substring(1)).request().get()) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            keycloak.expect(response, 200, "group by path");
            return Optional.of(KeycloakGroup.of(KeycloakAdminConnection.read(response.readEntity(String.class))
                    .asJsonObject()));
        }
    }

    public List<KeycloakGroup> children(String groupId) {
        return keycloak.readArray(keycloak.realm().path("groups").path(groupId).path("children")
                        .queryParam("max", 1000).request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakGroup::of).toList();
    }

    public List<KeycloakUser> members(String groupId) {
        return keycloak.readArray(keycloak.realm().path("groups").path(groupId).path("members")
                        .queryParam("max", 5000).request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakUser::of).toList();
    }

    /** Creates a subgroup; a subgroup of that name already there is a {@link KeycloakConflictException}. */
    public KeycloakGroup createChildGroup(KeycloakGroup parent, String name, Map<String, List<String>> attributes) {
        JsonObjectBuilder group = Json.createObjectBuilder().add("name", name);
        JsonObjectBuilder values = Json.createObjectBuilder();
        attributes.forEach((key, list) -> values.add(key, Json.createArrayBuilder(list)));
        group.add("attributes", values);
        try (Response response = keycloak.realm().path("groups").path(parent.id()).path("children").request()
                .post(Entity.entity(group.build().toString(), MediaType.APPLICATION_JSON_TYPE))) {
            keycloak.expect(response, 201, "create group");
            String location = response.getLocation().getPath();
            return new KeycloakGroup(location.substring(location.lastIndexOf('/') + 1), name, parent.path() + "/" + name);
        }
    }

    /** Deletes the group with its subgroups; Keycloak drops their memberships with them. A group gone already is no error. */
    public void deleteGroup(String groupId) {
        try (Response response = keycloak.realm().path("groups").path(groupId).request().delete()) {
            if (response.getStatus() != 404) {
                keycloak.expect(response, 204, "delete group");
            }
        }
    }

    /** Maps the realm roles to the group; roles it carries already are left as they are. */
    public void addRealmRoles(String groupId, Collection<String> roleNames) {
        JsonArray missing = keycloak.readArray(keycloak.realm().path("groups").path(groupId).path("role-mappings")
                        .path("realm").path("available").request().get()).stream().map(JsonValue::asJsonObject)
                .filter(role -> roleNames.contains(role.getString("name")))
                .collect(Json::createArrayBuilder, JsonArrayBuilder::add, JsonArrayBuilder::addAll).build();
        if (missing.isEmpty()) {
            return;
        }
        try (Response response = keycloak.realm().path("groups").path(groupId).path("role-mappings").path("realm")
                .request().post(Entity.entity(missing.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            keycloak.expect(response, 204, "map realm roles");
        }
    }
}
