package ru.portal500.roadmaps.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.roadmaps.application.MeasureCompletion;
import ru.portal500.roadmaps.application.RoadmapAccess;
import ru.portal500.roadmaps.application.RoadmapCheck;
import ru.portal500.roadmaps.application.RoadmapPlanning;
import ru.portal500.roadmaps.application.RoadmapViews;
import ru.portal500.roadmaps.domain.RoadmapRuleException;
import ru.portal500.roadmaps.importing.PlanTables;
import ru.portal500.shared.files.ContentDisposition;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.imports.ImportProblem;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Electronic roadmaps: a school's (per campaign), a municipality's and the region's; their measures, the check, the
 * measures' evidence and completion, and filling one from a plan table (read back first, then applied whole).
 */
@Path("roadmaps")
@RequestScoped
@Tag(name = "Roadmaps")
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    @Inject
    RoadmapAccess access;

    @Inject
    RoadmapViews views;

    @Inject
    RoadmapPlanning planning;

    @Inject
    RoadmapCheck check;

    @Inject
    MeasureCompletion completion;

    @Context
    HttpServletRequest request;

    @GET
    @Path("school")
    @Operation(summary = "The caller's own school's roadmap in the campaign of the year (the newest without one)")
    public RoadmapViews.View ownSchool(@QueryParam("year") Integer year) {
        return views.ofSchool(null, year);
    }

    @GET
    @Path("school/{schoolId}")
    @Operation(summary = "A supported school's roadmap (id null: not begun yet)")
    public RoadmapViews.View school(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year) {
        return views.ofSchool(schoolId, year);
    }

    @POST
    @Path("school/{schoolId}")
    @Operation(summary = "Begin the school's roadmap (its team); the same one if it was begun")
    public RoadmapViews.View beginSchool(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year) {
        return views.of(planning.begin(access.ofSchool(schoolId, year)).getId());
    }

    @GET
    @Path("municipality/{municipalityId}")
    @Operation(summary = "A municipality's roadmap (its coordinators and the region's operators)")
    public RoadmapViews.View municipality(@PathParam("municipalityId") long id, @QueryParam("year") Integer year) {
        return views.ofMunicipality(id, year);
    }

    @POST
    @Path("municipality/{municipalityId}")
    @Operation(summary = "Begin a municipality's roadmap; the same one if it was begun")
    public RoadmapViews.View beginMunicipality(@PathParam("municipalityId") long id,
                                               @QueryParam("year") Integer year) {
        return views.of(planning.begin(access.ofMunicipality(id, year)).getId());
    }

    @GET
    @Path("region/{regionCode}")
    @Operation(summary = "The region's roadmap (its operators)")
    public RoadmapViews.View region(@PathParam("regionCode") String region, @QueryParam("year") Integer year) {
        return views.ofRegion(region, year);
    }

    @POST
    @Path("region/{regionCode}")
    @Operation(summary = "Begin the region's roadmap; the same one if it was begun")
    public RoadmapViews.View beginRegion(@PathParam("regionCode") String region, @QueryParam("year") Integer year) {
        return views.of(planning.begin(access.ofRegion(region, year)).getId());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A roadmap: measures with their status today, uncovered risks, drift, confirmations, story")
    public RoadmapViews.View roadmap(@PathParam("id") long id) {
        return views.of(id);
    }

    @POST
    @Path("{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a measure (dates as 2026-04-30 or 30.04.2026)")
    public Response add(@PathParam("id") long id, RoadmapRequests.MeasureRequest body) {
        planning.add(id, measure(body));
        return Response.status(Response.Status.CREATED).entity(views.of(id)).build();
    }

    @PUT
    @Path("{id}/measures/{measureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a measure (on record; after a confirmation it waits for the next one)")
    public RoadmapViews.View change(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                    RoadmapRequests.MeasureRequest body) {
        planning.change(id, measureId, measure(body));
        return views.of(id);
    }

    @DELETE
    @Path("{id}/measures/{measureId}")
    @Operation(summary = "Remove a measure nothing was reported on (otherwise cancel it)")
    public RoadmapViews.View remove(@PathParam("id") long id, @PathParam("measureId") long measureId) {
        planning.remove(id, measureId);
        return views.of(id);
    }

    @POST
    @Path("{id}/measures/{measureId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a measure, with the reason")
    public RoadmapViews.View cancel(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                    RoadmapRequests.TextRequest body) {
        planning.cancel(id, measureId, RoadmapRequests.text(body));
        return views.of(id);
    }

    @POST
    @Path("{id}/carried/{carriedId}/take")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a measure carried from last year into the plan, with its new dates (due in this "
            + "school year; as 2027-04-30 or 30.04.2027)")
    public RoadmapViews.View take(@PathParam("id") long id, @PathParam("carriedId") long carriedId,
                                  RoadmapRequests.TermRequest body) {
        planning.take(id, carriedId, body == null ? null : RoadmapRequests.date(body.start),
                body == null ? null : RoadmapRequests.date(body.due));
        return views.of(id);
    }

    @POST
    @Path("{id}/carried/{carriedId}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop a measure carried from last year, with the note why")
    public RoadmapViews.View drop(@PathParam("id") long id, @PathParam("carriedId") long carriedId,
                                  RoadmapRequests.TextRequest body) {
        planning.drop(id, carriedId, RoadmapRequests.text(body));
        return views.of(id);
    }

    /** A plan table's line as read, to be confirmed. */
    public record Line(int line, String section, String number, String measure, String termAsWritten,
                       LocalDate start, LocalDate due, String responsible, String result) {
    }

    /** A problem of a plan table, in the caller's language. */
    public record Problem(int line, String column, String message) {
    }

    public record Reading(boolean applied, List<Line> lines, List<Problem> problems) {
    }

    @POST
    @Path("{id}/import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A plan table (XLSX or CSV): mode=preview reads it back; add or replace applies it whole;"
            + " 422 with every problem by line and column, nothing applied")
    public Response importPlan(@PathParam("id") long id, @QueryParam("mode") String mode,
                               @QueryParam("name") String name, InputStream body) throws IOException {
        Locale reader = Texts.of(request);
        byte[] file = body == null ? new byte[0] : body.readNBytes(ImportFiles.MAX_BYTES + 1);
        if (file.length > ImportFiles.MAX_BYTES) {
            return Response.status(413).entity(new Reading(false, List.of(), List.of(new Problem(0, null,
                    Texts.get(reader, "import.error.size", ImportFiles.MAX_MEGABYTES))))).build();
        }
        String how = mode == null ? "preview" : mode;
        PlanTables.Reading reading = switch (how) {
            case "preview" -> planning.preview(id, file);
            case "add", "replace" -> planning.importPlan(id, file, name, how.equals("replace"));
            default -> throw new RoadmapRuleException("roadmaps.error.importMode", how);
        };
        Reading answer = new Reading(reading.usable() && !how.equals("preview"),
                reading.lines().stream().map(l -> new Line(l.line(), l.section(), l.number(), l.measure(),
                        l.termAsWritten(), l.term().start(), l.term().due(), l.responsible(), l.result())).toList(),
                reading.problems().stream().map(p -> problem(p, reader)).toList());
        return Response.status(reading.usable() ? 200 : 422).entity(answer).build();
    }

    private static Problem problem(ImportProblem p, Locale reader) {
        return new Problem(p.line(), p.column(), Texts.get(reader, p.messageKey(), p.arguments()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit the school's roadmap to its curator (every chosen risk addressed)")
    public RoadmapViews.View submit(@PathParam("id") long id) {
        check.submit(id);
        return views.of(id);
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm: the curator (a school's) or the keepers (a municipality's, the region's)")
    public RoadmapViews.View confirm(@PathParam("id") long id) {
        check.confirm(id);
        return views.of(id);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return for revision with a comment that says why")
    public RoadmapViews.View returnForRevision(@PathParam("id") long id, RoadmapRequests.TextRequest body) {
        check.returnForRevision(id, RoadmapRequests.text(body));
        return views.of(id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment (anyone who reads the roadmap)")
    public RoadmapViews.View comment(@PathParam("id") long id, RoadmapRequests.TextRequest body) {
        check.comment(id, RoadmapRequests.text(body));
        return views.of(id);
    }

    @POST
    @Path("{id}/measures/{measureId}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a link as evidence of a measure")
    public RoadmapViews.View addLink(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                     RoadmapRequests.LinkRequest body) {
        completion.addLink(id, measureId, body == null ? null : body.link);
        return views.of(id);
    }

    @POST
    @Path("{id}/measures/{measureId}/evidence/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a file as evidence of a measure (?name=…; the body is the file): stored under the "
            + "documents' rules — a document format recognised by content, within the size limit; a file with active "
            + "content is refused")
    public Response addFile(@PathParam("id") long id, @PathParam("measureId") long measureId,
                            @QueryParam("name") String name, InputStream body) {
        completion.addFile(id, measureId, name, body);
        return Response.status(Response.Status.CREATED).entity(views.of(id)).build();
    }

    @GET
    @Path("{id}/measures/{measureId}/evidence/{evidenceId}/file")
    @Operation(summary = "An evidence file (always as a download), for whoever reads the roadmap")
    public Response file(@PathParam("id") long id, @PathParam("measureId") long measureId,
                         @PathParam("evidenceId") long evidenceId) {
        MeasureCompletion.Download file = completion.file(id, measureId, evidenceId);
        jakarta.ws.rs.core.StreamingOutput body = out -> completion.copy(file, out);
        return Response.ok(body, file.contentType()).header("Content-Length", file.size())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/measures/{measureId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a measure done on a day, from its evidence")
    public RoadmapViews.View reportDone(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                        RoadmapRequests.DoneRequest body) {
        RoadmapRequests.DoneRequest done = body == null ? new RoadmapRequests.DoneRequest() : body;
        LocalDate on = RoadmapRequests.date(done.doneOn);
        if (on == null) {
            throw new RoadmapRuleException("roadmaps.error.doneOnEmpty");
        }
        completion.reportDone(id, measureId, on, done.note);
        return views.of(id);
    }

    @POST
    @Path("{id}/measures/{measureId}/completion/confirmation")
    @Operation(summary = "Confirm a measure done from its evidence (the checker)")
    public RoadmapViews.View confirmDone(@PathParam("id") long id, @PathParam("measureId") long measureId) {
        completion.confirmDone(id, measureId);
        return views.of(id);
    }

    @POST
    @Path("{id}/measures/{measureId}/completion/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a measure's completion: its evidence does not show it done")
    public RoadmapViews.View returnDone(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                        RoadmapRequests.TextRequest body) {
        completion.returnDone(id, measureId, RoadmapRequests.text(body));
        return views.of(id);
    }

    private static ru.portal500.roadmaps.application.MeasureInput measure(RoadmapRequests.MeasureRequest body) {
        if (body == null) {
            throw new RoadmapRuleException("roadmaps.error.titleEmpty");
        }
        return body.input();
    }
}
