package ru.portal500.documents.api;

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
import ru.portal500.documents.application.DocumentBoard;
import ru.portal500.documents.application.MunicipalDocuments;

import java.util.List;
import java.util.Map;

/**
 * A school's document board in a campaign, and the municipality's completeness. (Its path shares the
 * campaign's prefix with the registry's resources, as JAX-RS matches root resources by their path.)
 */
@Path("regions/{region}/campaigns/{year}")
@RequestScoped
@Tag(name = "Documents")
public class DocumentBoardResource {

    @Inject
    DocumentBoard board;

    @Inject
    MunicipalDocuments municipal;

    @GET
    @Path("schools/{municipality}/{school}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A ШНОР/ШССУ's document board: what it owes, each document's state and urgency")
    @APIResponse(responseCode = "404", description = "No such school or campaign in the caller's scope")
    public DocumentViews.Board board(@PathParam("region") String region, @PathParam("year") int year,
                                     @PathParam("municipality") String municipality,
                                     @PathParam("school") String school) {
        return DocumentViews.Board.of(board.of(region, year, municipality, school));
    }

    @GET
    @Path("municipalities/{municipality}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completeness of each ШНОР/ШССУ's documents in a municipality for a campaign")
    public List<Map<String, Object>> municipal(@PathParam("region") String region, @PathParam("year") int year,
                                               @PathParam("municipality") String municipality) {
        return municipal.of(region, municipality, year).stream().map(c -> Map.<String, Object>of("school", c.school().getCode(),
                "name", c.school().getName(), "owed", c.owed(), "percentApproved", c.getPercent(),
                "overdue", c.count("OVERDUE"), "waiting", c.count("WAITING"), "done", c.count("DONE"))).toList();
    }
}
