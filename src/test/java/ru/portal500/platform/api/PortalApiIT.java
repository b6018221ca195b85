package ru.portal500.platform.api;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalDeployment;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations endpoints and the REST API with real Keycloak tokens, on the real war. */
class PortalApiIT extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalDeployment.localUrl(base) + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + base.getPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = (JsonObject) json(ready);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                ready.body());
    }

    @Test
    void openApiDescribesTheApiAndMetricsAnswer() throws Exception {
        String root = "http://localhost:" + base.getPort();
        HttpResponse<String> openApi = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/me"), openApi.body());
        assertTrue(openApi.body().contains("/api/municipalities"));
        assertTrue(openApi.body().contains("bearer"), "the bearer security scheme is documented");
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
    }

    @Test
    void withoutATokenTheApiSaysWhatIsMissingInRussian() throws Exception {
        HttpResponse<String> response = get("/api/me", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        JsonObject body = (JsonObject) json(response);
        assertEquals("unauthorized", body.getString("error"));
        assertTrue(body.getString("message").startsWith("Нужен токен доступа"), body.toString());
    }

    @Test
    void aRealTokenIdentifiesTheCallerAndTheirRoles() throws Exception {
        HttpResponse<String> response = get("/api/me", KeycloakTokens.accessToken("coordinator"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = (JsonObject) json(response);
        assertEquals("coordinator", me.getString("username"));
        assertEquals("Марина Координаторова", me.getString("fullName"));
        assertEquals(Json.createArrayBuilder().add("municipal-coordinator").build(), me.getJsonArray("roles"));
        assertEquals(Json.createArrayBuilder().add("/64/atkarsky/municipal-coordinator").build(),
                me.getJsonArray("grants"));
    }

    @Test
    void aCoordinatorReadsTheirMunicipalitiesATeacherMayNot() throws Exception {
        HttpResponse<String> allowed = get("/api/municipalities", KeycloakTokens.accessToken("coordinator"));
        assertEquals(200, allowed.statusCode(), allowed.body());
        JsonArray municipalities = (JsonArray) json(allowed);
        assertEquals(1, municipalities.size(), "Аткарский only: " + allowed.body());
        assertEquals("Аткарский муниципальный район", municipalities.getJsonObject(0).getString("name"));

        JsonArray region = (JsonArray) json(get("/api/municipalities", KeycloakTokens.accessToken("operator")));
        assertEquals(2, region.size(), "the operator sees their region's two municipalities");
        assertTrue(region.stream().noneMatch(m -> m.toString().contains("Абинский")), "and nothing of region 23");

        HttpResponse<String> denied = get("/api/municipalities", KeycloakTokens.accessToken("teacher"));
        assertEquals(403, denied.statusCode(), denied.body());
        assertEquals("Недостаточно прав для этого действия.", ((JsonObject) json(denied)).getString("message"));
    }

    @Test
    void forgedTamperedForeignAndIdTokensAreRefused() throws Exception {
        JsonObject tokens = KeycloakTokens.forDemoUser("operator");
        String real = tokens.getString("access_token");

        SignedJWT parsed = SignedJWT.parse(real);
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(parsed.getHeader().getKeyID()).build(), parsed.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        String[] parts = real.split("\\.");
        JWTClaimsSet widened = new JWTClaimsSet.Builder(parsed.getJWTClaimsSet())
                .claim("groups", java.util.List.of("regional-operator", "municipal-coordinator")).build();
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(widened.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];

        for (String bad : new String[] {forged.serialize(), tampered, KeycloakTokens.masterRealmAdminToken(),
                tokens.getString("id_token"), "not-a-token"}) {
            HttpResponse<String> response = get("/api/me", bad);
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("invalid_token", ((JsonObject) json(response)).getString("error"));
        }
    }
}
