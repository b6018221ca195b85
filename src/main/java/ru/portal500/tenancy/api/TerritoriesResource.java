package ru.portal500.tenancy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.util.List;

/** Regions and municipalities over REST. */
@Path("municipalities")
@RequestScoped
@Tag(name = "Territories")
public class TerritoriesResource {

    @Inject
    TerritoryDirectory directory;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Municipalities with their regions (regional operators and municipal coordinators)")
    @APIResponse(responseCode = "200", description = "The municipalities")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it")
    public List<MunicipalityView> municipalities() {
        return directory.municipalities().stream()
                .map(m -> new MunicipalityView(m.getRegion().getCode(), m.getRegion().getName(),
                        m.getCode(), m.getName()))
                .toList();
    }

    /** A municipality as the API shows it. */
    public record MunicipalityView(String regionCode, String regionName, String code, String name) {
    }
}
