package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.RiskFactorCatalogues;
import ru.portal500.registry.domain.RiskFactor;

import java.util.List;

/** A campaign's catalogue of risk factors: read by the region, worded and retired by the regional operator. */
@Path("regions/{region}/campaigns/{year}/risk-factors")
@RequestScoped
@Tag(name = "Risk profiles")
public class RiskFactorResource {

    @Inject
    RiskFactorCatalogues catalogues;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The campaign's risk factors by position, retired ones too (anyone acting in the region)")
    public List<FactorView> factors(@PathParam("region") String region, @PathParam("year") int year) {
        return catalogues.of(region, year).stream().map(FactorView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the region's own factor at the end of the list (regional operators)")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "A blank, numeric, too long or already used title")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    public Response add(@PathParam("region") String region, @PathParam("year") int year, FactorRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(FactorView.of(catalogues.add(region, year, request.title))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword a factor, retire it or offer it again (regional operators); factors are never deleted")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    @APIResponse(responseCode = "404", description = "No such factor in the campaign")
    public FactorView change(@PathParam("region") String region, @PathParam("year") int year,
                             @PathParam("id") long id, FactorRequest request) {
        return FactorView.of(catalogues.change(region, year, id, request.title, request.retired));
    }

    /** A factor as the API shows it. */
    public record FactorView(long id, int position, String title, Integer federalNumber, boolean retired) {
        static FactorView of(RiskFactor f) {
            return new FactorView(f.getId(), f.getPosition(), f.getTitle(), f.getFederalNumber(), f.isRetired());
        }
    }

    /** A factor as the operator words it. Public fields for JSON-B. */
    public static class FactorRequest {
        public String title;
        public boolean retired;
    }
}
