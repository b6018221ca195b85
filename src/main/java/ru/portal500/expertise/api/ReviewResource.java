package ru.portal500.expertise.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import ru.portal500.shared.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.documents.application.DocumentDownloads;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.application.FileResponse;
import ru.portal500.expertise.application.ExpertiseFiles;
import ru.portal500.expertise.application.ReviewScoring;
import ru.portal500.expertise.application.ReviewWork;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.checklist.AnswersJson;
import ru.portal500.shared.domain.InvalidRequestException;

import java.io.StringReader;
import java.util.List;

/** A reviewer's reviews: the list, one with its checklist, drafts, the submit, declining, a conflict of interest. */
@Path("expertise/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expertise")
public class ReviewResource {

    @Inject
    ReviewWork work;

    @Inject
    ReviewScoring scoring;

    @Inject
    ExpertiseFiles files;

    @Inject
    DocumentStorage storage;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The reviews given to the caller (as an expert, or to their school), soonest due first")
    public List<ExpertiseViews.Review> mine() {
        return work.mine().stream().map(ExpertiseViews.Review::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A review with its checklist version and saved answers (opening it is recorded)")
    public ExpertiseViews.Sheet open(@PathParam("id") long id) {
        ExpertReview review = work.open(id);
        return new ExpertiseViews.Sheet(ExpertiseViews.Review.of(review),
                Json.createReader(new StringReader(review.getRound().getChecklist().getBody())).readObject(),
                Json.createReader(new StringReader(AnswersJson.write(AnswersJson.read(review.getAnswers())))).readObject(),
                review.getRecommendations());
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answers as a draft: {\"answers\": {\"K1\": {\"scale\": 2, \"comment\": \"…\"}}, "
            + "\"recommendations\": \"…\", \"version\": 0}")
    @APIResponse(responseCode = "409", description = "Saved elsewhere since the version given")
    public ExpertiseViews.Review saveDraft(@PathParam("id") long id, JsonObject body) {
        Form form = Form.of(body);
        return ExpertiseViews.Review.of(scoring.saveDraft(id, AnswersJson.read(form.answers()), form.recommendations(),
                form.version()));
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit: every required criterion answered; locks the sheet and writes the conclusion")
    @APIResponse(responseCode = "400", description = "Unanswered required criteria, marks out of range, past the due date")
    @APIResponse(responseCode = "409", description = "Saved elsewhere since the version given")
    public ExpertiseViews.Review submit(@PathParam("id") long id, JsonObject body) {
        Form form = Form.of(body);
        return ExpertiseViews.Review.of(scoring.submit(id, AnswersJson.read(form.answers()), form.recommendations(),
                form.version()));
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline with a reason: {\"reason\": \"…\"}; a replacement is named where possible")
    public ExpertiseViews.Review decline(@PathParam("id") long id, JsonObject body) {
        return ExpertiseViews.Review.of(work.decline(id, reason(body)));
    }

    @POST
    @Path("{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest before opening the document: {\"reason\": \"…\"}")
    public ExpertiseViews.Review conflict(@PathParam("id") long id, JsonObject body) {
        return ExpertiseViews.Review.of(work.declareConflict(id, reason(body)));
    }

    @GET
    @Path("{id}/document")
    @Operation(summary = "The version under review (its reviewer and the organiser); on the document's record")
    public Response document(@PathParam("id") long id) {
        return file(files.open(id, ExpertiseFiles.Kind.DOCUMENT, Texts.of(request)));
    }

    @GET
    @Path("{id}/conclusion")
    @Operation(summary = "The expert conclusion as PDF: ?copy=full (reviewer, organiser) or ?copy=school (also the "
            + "school's team, curator, coordinator)")
    public Response conclusion(@PathParam("id") long id, @QueryParam("copy") String copy) {
        return file(files.open(id, "school".equals(copy) ? ExpertiseFiles.Kind.SCHOOL_CONCLUSION
                : ExpertiseFiles.Kind.CONCLUSION, Texts.of(request)));
    }

    private Response file(DocumentDownloads.Download file) {
        return FileResponse.of(file, storage);
    }

    private static String reason(JsonObject body) {
        return body != null && body.get("reason") instanceof JsonString text ? text.getString() : null;
    }

    /** The body of a draft or a submit. */
    private record Form(JsonObject answers, String recommendations, long version) {
        static Form of(JsonObject body) {
            try {
                return new Form(body.getJsonObject("answers"),
                        body.containsKey("recommendations") ? body.getString("recommendations") : null,
                        body.getJsonNumber("version").longValueExact());
            } catch (RuntimeException e) {
                throw new InvalidRequestException("expertise.error.form");
            }
        }
    }
}
