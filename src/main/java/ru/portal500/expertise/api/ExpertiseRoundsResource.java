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
import ru.portal500.expertise.application.ExpertiseRounds;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.shared.domain.InvalidRequestException;

import java.util.Arrays;
import java.util.List;

/** A campaign's expertise rounds: listed and opened by their organisers. */
@Path("regions/{region}/campaigns/{year}/expertise/rounds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expertise")
public class ExpertiseRoundsResource {

    @Inject
    ExpertiseRounds rounds;

    @PathParam("region")
    String region;

    @PathParam("year")
    int year;

    /** {@code {"kind", "municipality", "title", "checklist", …settings}}. */
    public static class NewRoundRequest extends RoundSettingsRequest {
        public String kind;
        public String municipality;
        public String title;
        public Long checklist;

        RoundKind kind() {
            return Arrays.stream(RoundKind.values()).filter(k -> k.name().equalsIgnoreCase(String.valueOf(kind)))
                    .findFirst().orElseThrow(() -> new InvalidRequestException("expertise.error.kind"));
        }
    }

    @GET
    @Operation(summary = "The campaign's rounds the caller organises")
    public List<ExpertiseViews.Round> list() {
        return rounds.rounds(region, year).stream().map(ExpertiseViews.Round::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a round (municipal: the coordinator or operator; regional and mutual: the operator)")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "400", description = "Bad settings, unknown checklist, kind or municipality")
    public Response create(NewRoundRequest request) {
        NewRoundRequest body = RoundSettingsRequest.required(request);
        return Response.status(Response.Status.CREATED).entity(ExpertiseViews.Round.of(rounds.create(
                new ExpertiseRounds.NewRound(region, year, body.kind(), body.municipality, body.title,
                        body.checklist == null ? -1 : body.checklist, body.settings())))).build();
    }
}
