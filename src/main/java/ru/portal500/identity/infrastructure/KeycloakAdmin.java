package ru.portal500.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.portal500.shared.domain.ServiceUnavailableException;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The few calls of Keycloak's Admin REST API the portal needs (users, group membership, the
 * invitation mail), made with the portal's own service account ({@code portal-admin}, whose
 * realm-management roles reach this realm only). Written on the platform's JAX-RS client rather
 * than {@code keycloak-admin-client}, whose RESTEasy client would sit beside Payara's Jersey in the war.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KeycloakAdmin.class.getName());

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-id", defaultValue = "portal-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-secret")
    String clientSecret;

    private Client client;
    private String accessToken;
    private Instant tokenExpiry = Instant.EPOCH;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

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

    /** A group: its id, name and path. */
    public record KeycloakGroup(String id, String name, String path) {
        static KeycloakGroup of(JsonObject json) {
            return new KeycloakGroup(json.getString("id"), json.getString("name"), json.getString("path", ""));
        }
    }

    public Optional<KeycloakUser> findUser(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        JsonArray users = readArray(admin().path("users").queryParam("username", username)
                .queryParam("exact", true).request().get());
        return users.stream().map(JsonValue::asJsonObject).map(KeycloakUser::of)
                .filter(u -> u.username().equalsIgnoreCase(username.strip())).findFirst();
    }

    public Optional<KeycloakUser> findUserByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        JsonArray users = readArray(admin().path("users").queryParam("email", email)
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
        try (Response response = admin().path("users").request()
                .post(Entity.entity(user.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            expect(response, 201, "create user");
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Keycloak e-mails the user a one-time link to set their password, valid for {@code lifespanSeconds}. */
    public void sendInvitation(String userId, String portalClientId, URI afterwards, int lifespanSeconds) {
        try (Response response = admin().path("users").path(userId).path("execute-actions-email")
                .queryParam("client_id", portalClientId)
                .queryParam("redirect_uri", afterwards.toString())
                .queryParam("lifespan", lifespanSeconds)
                .request().put(Entity.entity(Json.createArrayBuilder().add("UPDATE_PASSWORD").build().toString(),
                        MediaType.APPLICATION_JSON_TYPE))) {
            expect(response, 204, "send invitation");
        }
    }

    public Optional<KeycloakGroup> groupByPath(String path) {
        try (Response response = admin().path("group-by-path").path(path.substring(1)).request().get()) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            expect(response, 200, "group by path");
            return Optional.of(KeycloakGroup.of(read(response.readEntity(String.class)).asJsonObject()));
        }
    }

    public List<KeycloakGroup> children(String groupId) {
        return readArray(admin().path("groups").path(groupId).path("children")
                .queryParam("max", 1000).request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakGroup::of).toList();
    }

    public List<KeycloakUser> members(String groupId) {
        return readArray(admin().path("groups").path(groupId).path("members")
                .queryParam("max", 5000).request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakUser::of).toList();
    }

    public List<KeycloakGroup> groupsOf(String userId) {
        return readArray(admin().path("users").path(userId).path("groups").queryParam("max", 1000).request().get())
                .stream().map(JsonValue::asJsonObject).map(KeycloakGroup::of).toList();
    }

    /** Creates a subgroup; a subgroup of that name already there is a {@link KeycloakConflictException}. */
    public KeycloakGroup createChildGroup(KeycloakGroup parent, String name, Map<String, List<String>> attributes) {
        JsonObjectBuilder group = Json.createObjectBuilder().add("name", name);
        JsonObjectBuilder values = Json.createObjectBuilder();
        attributes.forEach((key, list) -> values.add(key, Json.createArrayBuilder(list)));
        group.add("attributes", values);
        try (Response response = admin().path("groups").path(parent.id()).path("children").request()
                .post(Entity.entity(group.build().toString(), MediaType.APPLICATION_JSON_TYPE))) {
            expect(response, 201, "create group");
            String location = response.getLocation().getPath();
            return new KeycloakGroup(location.substring(location.lastIndexOf('/') + 1), name, parent.path() + "/" + name);
        }
    }

    /** Maps the realm roles to the group; roles it carries already are left as they are. */
    public void addRealmRoles(String groupId, Collection<String> roleNames) {
        JsonArray missing = readArray(admin().path("groups").path(groupId).path("role-mappings").path("realm")
                .path("available").request().get()).stream().map(JsonValue::asJsonObject)
                .filter(role -> roleNames.contains(role.getString("name")))
                .collect(Json::createArrayBuilder, JsonArrayBuilder::add, JsonArrayBuilder::addAll).build();
        if (missing.isEmpty()) {
            return;
        }
        try (Response response = admin().path("groups").path(groupId).path("role-mappings").path("realm").request()
                .post(Entity.entity(missing.toString(), MediaType.APPLICATION_JSON_TYPE))) {
            expect(response, 204, "map realm roles");
        }
    }

    public void addToGroup(String userId, String groupId) {
        try (Response response = admin().path("users").path(userId).path("groups").path(groupId).request()
                .put(Entity.json(""))) {
            expect(response, 204, "add to group");
        }
    }

    public void deleteUser(String userId) {
        try (Response response = admin().path("users").path(userId).request().delete()) {
            expect(response, 204, "delete user");
        }
    }

    public void removeFromGroup(String userId, String groupId) {
        try (Response response = admin().path("users").path(userId).path("groups").path(groupId).request()
                .delete()) {
            expect(response, 204, "remove from group");
        }
    }

    private AdminTarget admin() {
        String issuer = oidc.getIssuer();
        String base = issuer.substring(0, issuer.indexOf("/realms/"));
        String realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
        return new AdminTarget(client.target(base).path("admin/realms").path(realm));
    }

    /** A target of the Admin REST API; each request carries the service account's token. */
    private final class AdminTarget {
        private final WebTarget target;

        AdminTarget(WebTarget target) {
            this.target = target;
        }

        AdminTarget path(String segment) {
            return new AdminTarget(target.path(segment));
        }

        AdminTarget queryParam(String name, Object value) {
            // Values are not URI templates: braces in them are data.
            return new AdminTarget(target.queryParam(name, String.valueOf(value).replace("{", "%7B").replace("}", "%7D")));
        }

        jakarta.ws.rs.client.Invocation.Builder request() {
            return target.request().header("Authorization", "Bearer " + token());
        }
    }

    private synchronized String token() {
        if (accessToken != null && Instant.now().isBefore(tokenExpiry)) {
            return accessToken;
        }
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", clientId).param("client_secret", clientSecret);
        try (Response response = client.target(oidc.getIssuer()).path("protocol/openid-connect/token").request()
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new KeycloakUnavailableException("service account token answered " + response.getStatus());
            }
            JsonObject json = read(response.readEntity(String.class)).asJsonObject();
            accessToken = json.getString("access_token");
            tokenExpiry = Instant.now().plusSeconds(Math.max(10, json.getInt("expires_in", 60) - 30L));
            return accessToken;
        }
    }

    private JsonArray readArray(Response response) {
        try (response) {
            expect(response, 200, "read");
            return read(response.readEntity(String.class)).asJsonArray();
        }
    }

    private static JsonValue read(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private void expect(Response response, int status, String what) {
        if (response.getStatus() == 409) {
            throw new KeycloakConflictException(what);
        }
        if (response.getStatus() == 401) {
            forgetToken();
        }
        if (response.getStatus() != status) {
            // The body may name the user; the log gets the status only.
            throw new KeycloakUnavailableException(what + " answered " + response.getStatus());
        }
    }

    private synchronized void forgetToken() {
        accessToken = null;
    }

    /** Keycloak did not do what was asked (down, refused, or answered unexpectedly). */
    public static class KeycloakUnavailableException extends ServiceUnavailableException {
        public KeycloakUnavailableException(String what) {
            super("error.keycloak.unavailable");
            LOG.warning(() -> "Keycloak admin API: " + what);
        }
    }

    /** Keycloak refused because the thing exists already (e.g. a user with this e-mail). */
    public static class KeycloakConflictException extends ru.portal500.shared.domain.InvalidRequestException {
        public KeycloakConflictException(String what) {
            super("people.error.conflict");
        }
    }
}
