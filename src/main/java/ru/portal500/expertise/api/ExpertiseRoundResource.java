package ru.portal500.expertise.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.expertise.application.ExpertiseReports;
import ru.portal500.expertise.application.ExpertiseRounds;
import ru.portal500.expertise.application.ReviewAssignment;
import ru.portal500.expertise.application.RoundHistories;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.application.RoundWorkbook;
import ru.portal500.shared.files.ContentDisposition;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;

import java.util.List;
import java.util.Locale;

/** One round for its organiser: report, settings, assignment (automatic or by hand), returns, closing, export. */
@Path("expertise/rounds/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expertise")
public class ExpertiseRoundResource {

    @Context
    HttpServletRequest request;

    @Inject
    ExpertiseRounds rounds;

    @Inject
    ReviewAssignment assignment;

    @Inject
    ExpertiseReports reports;

    @Inject
    RoundWorkbook workbook;

    @Inject
    Formats formats;

    @PathParam("id")
    long id;

    /** {@code {"document": 12, "expert": "login"}} or, in a mutual round, {@code {"document": 12, "school": 7}}. */
    public static class AssignRequest {
        public Long document;
        public String expert;
        public Long school;
    }

    /** {@code {"comment": "…", "version": 3}}. */
    public static class CommentRequest {
        public String comment;
    }

    /** Settings with the version they were read at. */
    public static class ChangeRequest extends RoundSettingsRequest {
        public Long version;
    }

    @GET
    @Operation(summary = "The round's report: progress per reviewer, school and municipality; each document's result")
    public ExpertiseViews.Report report() {
        return ExpertiseViews.Report.of(reports.report(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the settings (due date, reviews per document…) of an open round")
    @APIResponse(responseCode = "409", description = "Changed by someone else since it was read")
    public ExpertiseViews.Round change(ChangeRequest request) {
        ChangeRequest body = RoundSettingsRequest.required(request);
        return ExpertiseViews.Round.of(rounds.change(id, body.settings(), body.version == null ? -1 : body.version));
    }

    @GET
    @Path("reviews")
    @Operation(summary = "The round's reviews")
    public List<ExpertiseViews.Review> reviews() {
        return rounds.reviews(id).stream().map(ExpertiseViews.Review::of).toList();
    }

    @POST
    @Path("assignment")
    @Operation(summary = "Assign every document without a reviewer, optimally (balanced, no conflicts of interest)")
    @APIResponse(responseCode = "400", description = "The rules cannot all be met: the first reason in words")
    public Response assign() {
        return Response.status(Response.Status.CREATED)
                .entity(assignment.assign(id).stream().map(ExpertiseViews.Review::of).toList()).build();
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a reviewer by hand (one more where experts diverge)")
    public Response assignByHand(AssignRequest request) {
        if (request == null || request.document == null) {
            throw new InvalidRequestException("expertise.error.notCandidate");
        }
        ExpertReview review = request.school != null ? rounds.assignSchool(id, request.document, request.school)
                : rounds.assignExpert(id, request.document, request.expert);
        return Response.status(Response.Status.CREATED).entity(ExpertiseViews.Review.of(review)).build();
    }

    @POST
    @Path("documents/{document}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a document that does not conform back to its school for revision (a new round of the check)")
    public Response returnToSchool(@PathParam("document") long document, CommentRequest request) {
        rounds.returnToSchool(id, document, request == null ? null : request.comment);
        return Response.noContent().build();
    }

    @POST
    @Path("closure")
    @Operation(summary = "Close the round")
    public ExpertiseViews.Round close() {
        return ExpertiseViews.Round.of(rounds.close(id));
    }

    @GET
    @Path("history.csv")
    @Produces("text/csv")
    @Operation(summary = "The round's history as CSV: who changed what and when, in the reader's language")
    public Response history() {
        Locale reader = Texts.of(request);
        byte[] csv = HistoryCsv.of(RoundHistories.lines(rounds.history(id), reader), reader, formats.zone());
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                ContentDisposition.attachment(RoundHistories.fileName(id, reader) + ".csv")).build();
    }

    @GET
    @Path("report.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The report as an XLSX workbook")
    public Response export() {
        Locale reader = Texts.of(request);
        return Response.ok(workbook.of(reports.report(id), reader))
                .header("Content-Disposition", ContentDisposition.attachment(RoundWorkbook.fileName(id, reader))).build();
    }
}
