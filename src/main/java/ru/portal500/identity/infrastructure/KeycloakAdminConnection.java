package ru.portal500.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * The portal's connection to Keycloak's Admin REST API: the HTTP client and the token of the portal's own service
 * account ({@code portal-admin}, whose realm-management roles reach this realm only). {@link KeycloakUsers} and
 * {@link KeycloakGroups} make the calls through it. Written on the platform's JAX-RS client rather than
 * {@code keycloak-admin-client}, whose RESTEasy client would sit beside Payara's Jersey in the war.
 */
@ApplicationScoped
public class KeycloakAdminConnection {

    @Inject
    OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-id", defaultValue = "portal-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin.client-secret")
    String clientSecret;

    private Client client;
    private AdminToken token;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
        token = new AdminToken(this::issue, Clock.systemUTC());
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The realm's admin resource ({@code …/admin/realms/<realm>}). */
    public AdminTarget realm() {
        String issuer = oidc.getIssuer();
        String base = issuer.substring(0, issuer.indexOf("/realms/"));
        String realm = issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
        return new AdminTarget(client.target(base).path("admin/realms").path(realm));
    }

    /** A target of the Admin REST API; each request carries the service account's token. */
    public final class AdminTarget {
        private final WebTarget target;

        AdminTarget(WebTarget target) {
            this.target = target;
        }

        public AdminTarget path(String segment) {
            return new AdminTarget(target.path(segment));
        }

        public AdminTarget queryParam(String name, Object value) {
            // Values are not URI templates: braces in them are data.
            return new AdminTarget(target.queryParam(name, String.valueOf(value).replace("{", "%7B").replace("}", "%7D")));
        }

        public Invocation.Builder request() {
            return reachable(target.request().header("Authorization", "Bearer " + token.current()));
        }
    }

    /**
     * The request, with Keycloak out of reach (connection refused, timed out) failing as any other answer Keycloak
     * could not give: {@link KeycloakUnavailableException}, whose message the person reads, not an unexpected error.
     */
    static Invocation.Builder reachable(Invocation.Builder request) {
        return (Invocation.Builder) Proxy.newProxyInstance(Invocation.Builder.class.getClassLoader(),
                new Class<?>[] {Invocation.Builder.class}, (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(request, arguments);
                        return result == request ? proxy : result;
                    } catch (InvocationTargetException failed) {
                        if (failed.getCause() instanceof ProcessingException unreachable) {
                            throw new KeycloakUnavailableException("not reachable: " + unreachable.getMessage());
                        }
                        throw failed.getCause();
                    }
                });
    }

    /** The service account's token as Keycloak issues it (client credentials). */
    private AdminToken.Issued issue() {
        try {
            return issueNow();
        } catch (ProcessingException unreachable) {
            throw new KeycloakUnavailableException("token endpoint not reachable: " + unreachable.getMessage());
        }
    }

    private AdminToken.Issued issueNow() {
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", clientId).param("client_secret", clientSecret);
        try (Response response = client.target(oidc.getIssuer()).path("protocol/openid-connect/token").request()
                .post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw new KeycloakUnavailableException("service account token answered " + response.getStatus());
            }
            JsonObject json = read(response.readEntity(String.class)).asJsonObject();
            return new AdminToken.Issued(json.getString("access_token"), json.getInt("expires_in", 60));
        }
    }

    /** The array a read answered (200); anything else is {@link #expect}ed away. */
    public JsonArray readArray(Response response) {
        try (response) {
            expect(response, 200, "read");
            return read(response.readEntity(String.class)).asJsonArray();
        }
    }

    public static JsonValue read(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    /**
     * Goes on only when Keycloak answered {@code status}: a 409 is a {@link KeycloakConflictException}, a 401 makes
     * the next request ask for a new token, anything else is a {@link KeycloakUnavailableException}.
     */
    public void expect(Response response, int status, String what) {
        if (response.getStatus() == 409) {
            throw new KeycloakConflictException(what);
        }
        if (response.getStatus() == 401) {
            token.forget();
        }
        if (response.getStatus() != status) {
            // The body may name the user; the log gets the status only.
            throw new KeycloakUnavailableException(what + " answered " + response.getStatus());
        }
    }
}
