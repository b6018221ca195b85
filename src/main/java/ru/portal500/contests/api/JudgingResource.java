package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.contests.application.Judging;
import ru.portal500.contests.application.JudgingBoard;
import ru.portal500.contests.application.Jury;

import java.math.BigDecimal;
import java.util.List;

/**
 * A contest's judging for its organisers: open it, the nominations' jury, the assignment (automatic or by hand),
 * overrides of conflicts, moderated decisions and the board.
 */
@Path("contests/{id}/judging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class JudgingResource {

    @Inject
    Judging judging;

    @Inject
    JudgingBoard board;

    @Inject
    Jury jury;

    /** A request body of the judging API: what each step reads of it. */
    public static class Step {
        public String username;
        public Integer maxReviews;
        public Long entry;
        public String juror;
        public String reason;
        public BigDecimal total;
    }

    @GET
    @Operation(summary = "The board: per nomination its jury and its admitted entries with reviews, scores, "
            + "disagreement and place (?sort=disagreement)")
    public List<JudgingViews.Nomination> board(@PathParam("id") long id, @QueryParam("sort") String sort) {
        return board.board(id, "disagreement".equals(sort)).stream().map(JudgingViews.Nomination::of).toList();
    }

    @POST
    @Operation(summary = "Open judging: the entries closed and every entry decided on; the checklists are fixed")
    @APIResponse(responseCode = "400", description = "What still stands in the way, all at once")
    public List<JudgingViews.Nomination> open(@PathParam("id") long id) {
        judging.open(id);
        return board(id, null);
    }

    @POST
    @Path("nominations/{nomination}/jury")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seat a person of the region on the nomination's jury: {\"username\", \"maxReviews\"}")
    public JudgingViews.Seat seat(@PathParam("id") long id, @PathParam("nomination") long nomination, Step step) {
        Step body = required(step);
        return JudgingViews.Seat.of(jury.seat(id, nomination, body.username, body.maxReviews));
    }

    @DELETE
    @Path("jury/{seat}")
    @Operation(summary = "Unseat a juror who has no review in the nomination")
    public void unseat(@PathParam("id") long id, @PathParam("seat") long seat) {
        jury.unseat(id, seat);
    }

    @POST
    @Path("nominations/{nomination}/assignment")
    @Operation(summary = "Assign the nomination's admitted entries to its jury (the reviews made are kept)")
    @APIResponse(responseCode = "400", description = "Why the rules cannot all be met")
    public List<JudgingViews.Review> assign(@PathParam("id") long id, @PathParam("nomination") long nomination) {
        return judging.assign(id, nomination).stream().map(JudgingViews.Review::of).toList();
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign one entry to one juror by hand: {\"entry\", \"juror\"}")
    public JudgingViews.Review assignByHand(@PathParam("id") long id, Step step) {
        Step body = required(step);
        return JudgingViews.Review.of(judging.assignByHand(id, body.entry == null ? -1 : body.entry, body.juror));
    }

    @DELETE
    @Path("reviews/{review}")
    @Operation(summary = "Withdraw a review nothing was saved on")
    public void withdraw(@PathParam("id") long id, @PathParam("review") long review) {
        judging.withdraw(id, review);
    }

    @POST
    @Path("overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let a conflicted juror judge an entry: {\"entry\", \"juror\", \"reason\"} (in the protocol)")
    public void override(@PathParam("id") long id, Step step) {
        Step body = required(step);
        judging.overrideConflict(id, body.entry == null ? -1 : body.entry, body.juror, body.reason);
    }

    @POST
    @Path("moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a moderated decision on a divergent entry: {\"entry\", \"total\", \"reason\"}")
    public void moderate(@PathParam("id") long id, Step step) {
        Step body = required(step);
        judging.moderate(id, body.entry == null ? -1 : body.entry, body.total, body.reason);
    }

    private static Step required(Step step) {
        return ContestRequests.required(step);
    }
}
