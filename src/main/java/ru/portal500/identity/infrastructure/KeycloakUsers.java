package ru.portal500.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Keycloak's users as the portal needs them: finding, creating and inviting one, and their group memberships. */
@ApplicationScoped
public class KeycloakUsers {

    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._@+-]{1,255}");

    @Inject
    KeycloakAdminConnection keycloak;

    public Optional<KeycloakUser> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        JsonArray users = keycloak.readArray(keycloak.realm().path("users").queryParam("username", username)
                .queryParam("exact", true).request().get());
        return users.stream().map(JsonValue::asJsonObject).map(KeycloakUser::of)
                .filter(u -> u.username().equalsIgnoreCase(username.strip())).findFirst();
    }

    /**
     * A person by login or, for a login with an at sign, by e-mail address; a blank or malformed login finds
     * nobody (and is not sent to Keycloak).
     */
    public Optional<KeycloakUser> findByLogin(String username) {
        if (username == null || !LOGIN.matcher(username.strip()).matches()) {
            return Optional.empty();
        }
        String login = username.strip();
        return findUser(login).or(() -> login.contains("@")
                ? findUserByEmail(login.toLowerCase(java.util.Locale.ROOT)) : Optional.empty());
    }

    public Optional<KeycloakUser> findUserByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        JsonArray users = keycloak.readArray(keycloak.realm().path("users").queryParam("email", email)
                .queryParam("exact", true).request().get());
        return users.stream().map(JsonValue::asJsonObject).map(KeycloakUser::of)
                .filter(u -> u.email().equalsIgnoreCase(email.strip())).findFirst();
    }

    /** Creates an enabled user who must choose a password; the e-mail is the login. */
    public String createUser(String email, String firstName, String lastName) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", email).add("email", email).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("enabled", true)
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .build();
        try (Response response = keycloak.realm().path("users").request()
                .post(Entity.entity(user.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            keycloak.expect(response, 201, "create user");
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Keycloak e-mails the user a one-time link to set their password, valid for {@code lifespanSeconds}. */
    public void sendInvitation(String userId, String portalClientId, URI afterwards, int lifespanSeconds) {
        try (Response response = keycloak.realm().path("users").path(userId).path("execute-actions-email")
                .queryParam("client_id", portalClientId)
                .queryParam("redirect_uri", afterwards.toString())
                .queryParam("lifespan", lifespanSeconds)
                .request().put(Entity.entity(Json.createArrayBuilder().add("UPDATE_PASSWORD").build().toString(),
                        MediaType.APPLICATION_JSON_TYPE))) {
            keycloak.expect(response, 204, "send invitation");
        }
    }

    public void deleteUser(String userId) {
        try (Response response = keycloak.realm().path("users").path(userId).request().delete()) {
            keycloak.expect(response, 204, "delete user");
        }
    }

    /** The groups the user is a member of. */
    public List<KeycloakGroup> groupsOf(String userId) {
        return keycloak.readArray(keycloak.realm().path("users").path(userId).path("groups").queryParam("max", 1000)
                        .request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakGroup::of).toList();
    }

    public void addToGroup(String userId, String groupId) {
        try (Response response = keycloak.realm().path("users").path(userId).path("groups").path(groupId).request()
                .put(Entity.json(""))) {
            keycloak.expect(response, 204, "add to group");
        }
    }

    public void removeFromGroup(String userId, String groupId) {
        try (Response response = keycloak.realm().path("users").path(userId).path("groups").path(groupId).request()
                .delete()) {
            keycloak.expect(response, 204, "remove from group");
        }
    }
}
