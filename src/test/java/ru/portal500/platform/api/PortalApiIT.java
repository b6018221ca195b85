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
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.KeycloakTokens;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations endpoints and the REST API with real Keycloak tokens, on the real war. */
class PortalApiIT extends ApiTest {

    /** A GET of the REST API (path after /api) with the token given. */
    private HttpResponse<String> get(String path, String token) {
        return api().get(path.replaceFirst("^/api", ""), token);
    }

    @Test
    void readinessIncludesTheDatabase() {
        HttpResponse<String> ready = api().server("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = object(ready);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .anyMatch(c -> c.getString("name").equals("database") && c.getString("status").equals("UP")),
                ready.body());
    }

    @Test
    void openApiDescribesTheApiAndMetricsAnswer() {
        // The OpenAPI document is built at the first request after the deployment (22 s on a busy machine): until
        // then /openapi may answer slowly, with an error, or with a document without the portal's resources.
        HttpResponse<String> openApi = Await.until("/openapi answers with the portal's resources",
                Duration.ofMinutes(4), () -> api().server("/openapi"),
                answer -> answer.statusCode() == 200 && answer.body().contains("/api/me"));
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/me"), openApi.body());
        assertTrue(openApi.body().contains("/api/municipalities"));
        assertTrue(openApi.body().contains("bearer"), "the bearer security scheme is documented");
        HttpResponse<String> metrics = api().server("/metrics");
        assertEquals(200, metrics.statusCode());
    }

    @Test
    void withoutATokenTheApiSaysWhatIsMissingInRussian() throws Exception {
        HttpResponse<String> response = get("/api/me", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        JsonObject body = object(response);
        assertEquals("unauthorized", body.getString("error"));
        assertTrue(body.getString("message").startsWith("Нужен токен доступа"), body.toString());
    }

    @Test
    void aRealTokenIdentifiesTheCallerAndTheirRoles() throws Exception {
        HttpResponse<String> response = get("/api/me", KeycloakTokens.accessToken("coordinator"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = object(response);
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
        JsonArray municipalities = array(allowed);
        assertEquals(1, municipalities.size(), "Аткарский only: " + allowed.body());
        assertEquals("Аткарский муниципальный район", municipalities.getJsonObject(0).getString("name"));

        JsonArray region = array(get("/api/municipalities", KeycloakTokens.accessToken("operator")));
        assertEquals(2, region.size(), "the operator sees their region's two municipalities");
        assertTrue(region.stream().noneMatch(m -> m.toString().contains("Абинский")), "and nothing of region 23");

        HttpResponse<String> denied = get("/api/municipalities", KeycloakTokens.accessToken("teacher"));
        assertEquals(403, denied.statusCode(), denied.body());
        assertEquals("Недостаточно прав для этого действия.", (object(denied)).getString("message"));
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
            assertEquals("invalid_token", (object(response)).getString("error"));
        }
    }
}
