package ru.portal500.expertise.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.expertise.application.ChecklistLibrary;
import ru.portal500.expertise.domain.ChecklistVersion;

import java.time.Instant;
import java.util.List;

/** The region's checklists: listed, exported and imported as JSON ({@code portal500-checklist/1}). */
@Path("regions/{region}/checklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expertise")
public class ChecklistResource {

    @Inject
    ChecklistLibrary library;

    @PathParam("region")
    String region;

    public record Summary(long id, String code, int version, String title, String appliesTo, String createdBy,
                          Instant createdAt) {
        static Summary of(ChecklistVersion v) {
            return new Summary(v.getId(), v.getCode(), v.getNumber(), v.getTitle(), v.getDocumentType(),
                    v.getCreatedBy(), v.getCreatedAt());
        }
    }

    @GET
    @Operation(summary = "The newest version of each checklist (the seeds' defaults the first time)")
    public List<Summary> latest() {
        return library.latest(region).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Every version of one checklist, newest first")
    public List<Summary> versions(@PathParam("code") String code) {
        return library.versions(region, code).stream().map(Summary::of).toList();
    }

    @GET
    @Path("versions/{id}")
    @Operation(summary = "One version as JSON (the export: importing it again gives the same checklist)")
    public Response export(@PathParam("id") long id) {
        ChecklistVersion version = library.version(region, id);
        return Response.ok(ChecklistLibrary.json(version), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"checklist-" + version.getCode().toLowerCase()
                        + "-v" + version.getNumber() + ".json\"").build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a checklist (the body is its JSON): stored as the next version of its code")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "400", description = "Every problem of the checklist, in words")
    public Response save(String json) {
        return Response.status(Response.Status.CREATED).entity(Summary.of(library.save(region, json))).build();
    }
}
