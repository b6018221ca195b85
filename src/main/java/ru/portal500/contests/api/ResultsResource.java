package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import ru.portal500.contests.application.ContestResultsService;
import ru.portal500.contests.domain.Contest;
import ru.portal500.shared.files.ContentDisposition;

/** A contest's results for its organisers: the confirmation, the diplomas, the certificates, every review. */
@Path("contests/{id}/results")
@RequestScoped
@Tag(name = "Contests")
public class ResultsResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ContestResultsService results;

    /** What a confirmation answers: the contest's state and its protocol's SHA-256. */
    public record Confirmed(long id, String state, String protocolSha256) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the results: the protocol is frozen as PDF, its SHA-256 public; the roles lapse")
    @APIResponse(responseCode = "400", description = "Judging is not done (open reviews, divergent entries), all named")
    public Confirmed confirm(@PathParam("id") long id) {
        Contest contest = results.confirm(id);
        return new Confirmed(contest.getId(), contest.getState().name(), contest.getProtocolSha256());
    }

    @Inject
    ru.portal500.contests.application.IntoTheBank bank;

    /** A practice an entry became. */
    public record BankPractice(long practice, long entry, String title) {
    }

    @POST
    @Path("bank")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The winners and prize-winners into the practice bank (each entry once)")
    public java.util.List<BankPractice> winnersIntoBank(@PathParam("id") long id) {
        return bank.winners(id).stream().map(p -> new BankPractice(p.getId(),
                p.getOrigin().orElseThrow().getEntryId(), p.getTitle())).toList();
    }

    @POST
    @Path("bank/{entry}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One admitted entry the organiser picks into the practice bank")
    public BankPractice entryIntoBank(@PathParam("id") long id, @PathParam("entry") long entry) {
        var practice = bank.entry(id, entry);
        return new BankPractice(practice.getId(), entry, practice.getTitle());
    }

    @GET
    @Path("diplomas.pdf")
    @Operation(summary = "The diplomas of the winners and prize-winners, one PDF")
    public Response diplomas(@PathParam("id") long id) {
        return file(results.diplomas(id), "application/pdf", "diplomas-" + id + ".pdf");
    }

    @GET
    @Path("certificates.pdf")
    @Operation(summary = "The certificates of participation, one PDF")
    public Response certificates(@PathParam("id") long id) {
        return file(results.certificates(id), "application/pdf", "certificates-" + id + ".pdf");
    }

    @GET
    @Path("reviews.xlsx")
    @Operation(summary = "Every review in full, with the ranking, as XLSX")
    public Response reviews(@PathParam("id") long id) {
        return file(results.workbook(id), XLSX, "reviews-" + id + ".xlsx");
    }

    private static Response file(byte[] body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", ContentDisposition.attachment(name))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
