package ru.portal500.contests.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import ru.portal500.contests.application.Contests;
import ru.portal500.documents.storage.DocumentStorage;

import java.util.List;

/** Published calls, readable without logging in; a draft is not found. */
@Path("public/contests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contests")
public class PublicContestResource {

    @Inject
    Contests contests;

    @Inject
    DocumentStorage storage;

    @GET
    @Operation(summary = "Published calls, newest first (a region's with ?region=); no token needed")
    public List<ContestViews.PublicContest> list(@QueryParam("region") String region) {
        return contests.published(region).stream().map(ContestViews.PublicContest::of).toList();
    }

    @GET
    @Path("{id}/regulations")
    @Operation(summary = "A published call's regulations as a file; no token needed")
    public Response regulations(@PathParam("id") long id) {
        return RegulationsResponse.of(contests.publishedRegulations(id), storage);
    }

    @Inject
    ru.portal500.contests.application.ContestResultsService results;

    /** A line of the published results. */
    public record ResultLine(long nomination, String nominationTitle, long entry, Integer place, String award,
                             java.math.BigDecimal score, String title, String school, String authors) {
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "A contest's published results, by nomination and place (empty before they are published)")
    public List<ResultLine> results(@PathParam("id") long id) {
        return results.publicResults(id).stream().map(a -> new ResultLine(a.getNomination().getId(),
                a.getNomination().getTitle(), a.getEntry().getId(), a.getPlace(), a.getAward(), a.getScore(),
                a.getTitle(), a.getSchoolName(), a.getAuthors())).toList();
    }

    @GET
    @Path("{id}/protocol.pdf")
    @Operation(summary = "The frozen protocol of published results (its SHA-256 is on the contest); no token needed")
    public Response protocol(@PathParam("id") long id) {
        return RegulationsResponse.of(results.protocol(id), storage);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A published call: its rules, nominations and stages; no token needed")
    public ContestViews.PublicContest read(@PathParam("id") long id) {
        return ContestViews.PublicContest.of(contests.published(id));
    }
}
