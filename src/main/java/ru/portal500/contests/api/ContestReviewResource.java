package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.JuryScoring;
import ru.portal500.expertise.checklist.AnswersJson;
import ru.portal500.shared.domain.InvalidRequestException;

import java.io.StringReader;
import java.util.List;

/**
 * A juror's reviews of contest entries: the list, one with its checklist and saved answers (refused while a conflict
 * of interest stands), drafts, the submit, and a conflict the juror declares.
 */
@Path("contest-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class ContestReviewResource {

    @Inject
    JuryScoring scoring;

    /** A review with the checklist it is scored with and the answers saved. */
    public record Sheet(JudgingViews.Review review, JsonObject checklist, JsonObject answers, String remarks) {
    }

    @GET
    @Operation(summary = "The caller's reviews in every contest they judge, the nearest due date first")
    public List<JudgingViews.Review> mine() {
        return scoring.mine().stream().map(JudgingViews.Review::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A review with its checklist and saved answers")
    @APIResponse(responseCode = "403", description = "A conflict of interest with the entry (on record)")
    @APIResponse(responseCode = "404", description = "Not the caller's review (on record)")
    public Sheet open(@PathParam("id") long id) {
        JuryScoring.OpenReview open = scoring.open(id);
        return new Sheet(JudgingViews.Review.of(open.review()),
                Json.createReader(new StringReader(open.review().getEntry().getNomination().getChecklist().getBody()))
                        .readObject(),
                Json.createReader(new StringReader(AnswersJson.write(open.sheet().answers()))).readObject(),
                open.review().getRemarks());
    }

    @PUT
    @Path("{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a draft: {\"answers\": {\"P1\": {\"scale\": 2, \"comment\": \"…\"}}, \"remarks\", "
            + "\"version\"}")
    @APIResponse(responseCode = "409", description = "Saved elsewhere since the version given")
    public JudgingViews.Review saveDraft(@PathParam("id") long id, JsonObject body) {
        Form form = Form.of(body);
        return JudgingViews.Review.of(scoring.saveDraft(id, AnswersJson.read(form.answers()), form.remarks(),
                form.version()));
    }

    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit: every required criterion answered, before the jury's due date; locks the sheet")
    @APIResponse(responseCode = "400", description = "Unanswered required criteria, marks out of range, past due")
    @APIResponse(responseCode = "409", description = "Saved elsewhere since the version given")
    public JudgingViews.Review submit(@PathParam("id") long id, JsonObject body) {
        Form form = Form.of(body);
        return JudgingViews.Review.of(scoring.submit(id, AnswersJson.read(form.answers()), form.remarks(),
                form.version()));
    }

    @POST
    @Path("{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare a conflict of interest with the entry: {\"reason\": \"…\"}")
    public JudgingViews.Review conflict(@PathParam("id") long id, JsonObject body) {
        String reason = body != null && body.get("reason") instanceof JsonString text ? text.getString() : null;
        return JudgingViews.Review.of(scoring.declareConflict(id, reason));
    }

    /** The body of a draft or a submit. */
    private record Form(JsonObject answers, String remarks, long version) {
        static Form of(JsonObject body) {
            try {
                return new Form(java.util.Objects.requireNonNull(body.getJsonObject("answers"), "answers"),
                        body.containsKey("remarks") ? body.getString("remarks") : null,
                        body.getJsonNumber("version").longValueExact());
            } catch (RuntimeException e) {
                throw new InvalidRequestException("contests.review.error.form");
            }
        }
    }
}
