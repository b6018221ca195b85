package ru.portal500.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import java.util.Map;

/** The REST API, under {@code /api}; every call carries a Keycloak bearer token (see BearerTokenFilter). */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Portal 500+ API", version = "0.1",
                description = "REST API of the portal of targeted methodological help to schools. "
                        + "Every request carries a Keycloak token: Authorization: Bearer <access token>. "
                        + "Refusals carry a message in the request's language (Accept-Language: ru, the default, or en)."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class PortalApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Error statuses keep our JSON bodies instead of the container's HTML error pages.
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
