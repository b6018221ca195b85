package ru.portal500.tenancy.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.tenancy.application.TerritoryDirectory;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;

import java.util.List;

/** Municipalities and schools over REST, always within the caller's scope. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territories")
public class TerritoriesResource {

    @Inject
    TerritoryDirectory directory;

    @GET
    @Path("municipalities")
    @Operation(summary = "The caller's municipalities with their regions (regional operators and coordinators)")
    @APIResponse(responseCode = "200", description = "The municipalities in the caller's scope")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Neither regional operator nor municipal coordinator")
    public List<MunicipalityView> municipalities() {
        return directory.municipalities().stream().map(MunicipalityView::of).toList();
    }

    @GET
    @Path("municipalities/{id}")
    @Operation(summary = "A municipality of the caller's scope, with its schools in scope")
    @APIResponse(responseCode = "404", description = "No such municipality in the caller's scope")
    public MunicipalityDetail municipality(@PathParam("id") long id) {
        Municipality municipality = directory.municipality(id);
        return new MunicipalityDetail(MunicipalityView.of(municipality),
                directory.schoolsOf(municipality).stream().map(SchoolView::of).toList());
    }

    @GET
    @Path("schools/{id}")
    @Operation(summary = "A school of the caller's scope")
    @APIResponse(responseCode = "404", description = "No such school in the caller's scope")
    public SchoolView school(@PathParam("id") long id) {
        return SchoolView.of(directory.school(id));
    }

    /** A municipality as the API shows it. */
    public record MunicipalityView(long id, String regionCode, String regionName, String code, String name) {
        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.getId(), m.getRegion().getCode(), m.getRegion().getName(),
                    m.getCode(), m.getName());
        }
    }

    /** A municipality with its schools. */
    public record MunicipalityDetail(MunicipalityView municipality, List<SchoolView> schools) {
    }

    /** A school as the API shows it. */
    public record SchoolView(long id, String scope, String code, String name) {
        static SchoolView of(School s) {
            return new SchoolView(s.getId(), s.scope().groupPath(), s.getCode(), s.getName());
        }
    }
}
