package ru.portal500.documents.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.documents.application.DocumentBoard;
import ru.portal500.documents.application.DocumentUploads;
import ru.portal500.documents.application.MunicipalDocuments;
import ru.portal500.documents.domain.DocumentVersion;

import java.io.InputStream;
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

    @Inject
    DocumentUploads uploads;

    @POST
    @Path("schools/{municipality}/{school}/documents/{slot}/versions")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a version (the body is the file; ?name= its name): an owed document's slot, "
            + "or an optional type's code for a new optional document")
    @APIResponse(responseCode = "201", description = "Stored; its text is extracted after the commit")
    @APIResponse(responseCode = "400", description = "Empty, too large, not a document, or not allowed now")
    public Response upload(@PathParam("region") String region, @PathParam("year") int year,
                           @PathParam("municipality") String municipality, @PathParam("school") String school,
                           @PathParam("slot") String slot, @QueryParam("name") String name, InputStream body) {
        DocumentVersion version = uploads.upload(region, year, municipality, school, slot, name, body);
        return Response.status(Response.Status.CREATED).entity(DocumentViews.Uploaded.of(version)).build();
    }

    @GET
    @Path("schools/{municipality}/{school}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A low-results school's document board: what it owes, each document's state and urgency")
    @APIResponse(responseCode = "404", description = "No such school or campaign in the caller's scope")
    public DocumentViews.Board board(@PathParam("region") String region, @PathParam("year") int year,
                                     @PathParam("municipality") String municipality,
                                     @PathParam("school") String school) {
        return DocumentViews.Board.of(board.of(region, year, municipality, school));
    }

    @GET
    @Path("municipalities/{municipality}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Completeness of each low-results school's documents in a municipality for a campaign")
    public List<Map<String, Object>> municipal(@PathParam("region") String region, @PathParam("year") int year,
                                               @PathParam("municipality") String municipality) {
        return municipal.of(region, municipality, year).stream().map(c -> Map.<String, Object>of("school", c.school().getCode(),
                "name", c.school().getName(), "owed", c.owed(), "percentApproved", c.getPercent(),
                "overdue", c.count("OVERDUE"), "waiting", c.count("WAITING"), "done", c.count("DONE"))).toList();
    }
}
