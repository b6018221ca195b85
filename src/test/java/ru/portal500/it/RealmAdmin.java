package ru.portal500.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import ru.portal500.devenv.DemoUsers;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** What a test sets up or checks in the test realm behind the portal's back, as Keycloak's own admin. */
public final class RealmAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RealmAdmin() {
    }

    /** A person with the demo password and no grants (kept if a test made them before). */
    public static void createUser(String username, String firstName, String lastName) {
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", username + "@demo.portal500.ru").add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", DemoUsers.PASSWORD).add("temporary", false)))
                .build();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/users"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused the user: " + created.body());
        }
    }

    /** The group at the path (e.g. {@code /64/atkarsky/atk-1}) with its attributes; 404 is an error. */
    public static JsonObject group(String path) {
        return (JsonObject) read(HttpRequest.newBuilder(uri("/group-by-path" + path)).GET());
    }

    /** Whether the realm has a group at the path. */
    public static boolean groupExists(String path) {
        int status = send(HttpRequest.newBuilder(uri("/group-by-path" + path)).GET()).statusCode();
        if (status != 200 && status != 404) {
            throw new IllegalStateException("Keycloak answered " + status + " for the group " + path);
        }
        return status == 200;
    }

    public static List<JsonObject> children(JsonObject group) {
        return ((JsonArray) read(HttpRequest.newBuilder(uri("/groups/" + group.getString("id") + "/children")).GET()))
                .getValuesAs(JsonObject.class);
    }

    /** The names of the realm roles the group carries. */
    public static List<String> realmRoles(JsonObject group) {
        return ((JsonArray) read(HttpRequest.newBuilder(uri("/groups/" + group.getString("id")
                + "/role-mappings/realm")).GET())).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).toList();
    }

    private static URI uri(String path) {
        return URI.create(TestInfrastructure.keycloak().baseUrl() + "/admin/realms/portal500" + path);
    }

    private static JsonStructure read(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).read();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + KeycloakTokens.masterRealmAdminToken())
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
