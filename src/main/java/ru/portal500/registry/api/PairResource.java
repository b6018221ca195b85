package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.PairFormation;
import ru.portal500.registry.application.RegistryHistories;
import ru.portal500.registry.application.PairHelpers;
import ru.portal500.registry.application.PairView;
import ru.portal500.registry.application.PairsOverview;
import ru.portal500.registry.application.SchoolCode;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;
import ru.portal500.shared.i18n.Texts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's pairs: a ШНОР/ШССУ school with its curator school and helpers. Formed, changed and
 * dissolved by the school's municipal coordinator or the regional operator; read within one's scope.
 */
@Path("regions/{region}/campaigns/{year}/pairs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry")
public class PairResource {

    @Inject
    PairsOverview overview;

    @Inject
    PairFormation formation;

    @Inject
    PairHelpers helpers;

    @PathParam("region")
    String region;

    @PathParam("year")
    int year;

    @Inject
    CampaignDecisions decisions;

    @Inject
    Formats formats;

    @Context
    HttpServletRequest request;

    @GET
    @Path("history.csv")
    @Produces("text/csv")
    @Operation(summary = "The history of the campaign's pairs in the caller's scope, as CSV: who, when, the school, "
            + "the curator school before and after (in the request's language)")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Response history() {
        Locale reader = Texts.of(request);
        return HistoryDownloads.csv(HistoryCsv.of(RegistryHistories.decisions(decisions.history(region, year, true),
                reader), reader, formats.zone()), Texts.get(reader, "pairs.history.fileName", String.valueOf(year)) + ".csv");
    }

    @GET
    @Operation(summary = "The campaign's pairs within the caller's scope")
    @APIResponse(responseCode = "403", description = "No role in the region")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public List<PairView> pairs() {
        return overview.pairs(region, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pair a low-results school with a curator school (its coordinator, or the regional operator;"
            + " a curator school of another municipality: the regional operator only)")
    @APIResponse(responseCode = "201", description = "Formed")
    @APIResponse(responseCode = "400", description = "Not a low-results school, a curator school that is, or paired already")
    @APIResponse(responseCode = "403", description = "Neither its coordinator nor the regional operator")
    @APIResponse(responseCode = "404", description = "No such campaign or school in the caller's scope")
    public Response form(PairRequest request) {
        PairRequest body = PairRequest.required(request);
        PairView pair = formation.form(region, year, new SchoolCode(body.municipality, body.school), body.curator());
        return Response.status(Response.Status.CREATED).entity(pair).build();
    }

    @PUT
    @Path("{pairId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-pair with another curator school; helpers who no longer fit leave the pair")
    @APIResponse(responseCode = "404", description = "No such pair in the caller's scope")
    public PairView changeCurator(@PathParam("pairId") long pairId, PairRequest request) {
        return formation.changeCurator(region, year, pairId, PairRequest.required(request).curator());
    }

    @DELETE
    @Path("{pairId}")
    @Operation(summary = "Dissolve a pair; refused while helpers are named on it")
    @APIResponse(responseCode = "204", description = "Dissolved")
    @APIResponse(responseCode = "400", description = "Helpers are still named on the pair")
    public Response dissolve(@PathParam("pairId") long pairId) {
        formation.dissolve(region, year, pairId);
        return Response.noContent().build();
    }

    @POST
    @Path("{pairId}/helpers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name a curator (gets the curator role at the school), mentor or tutor of the pair")
    @APIResponse(responseCode = "400", description = "Unknown person, or one who does not fit the function")
    public PairView nameHelper(@PathParam("pairId") long pairId, HelperRequest request) {
        HelperRequest body = HelperRequest.required(request);
        return helpers.name(region, year, pairId, body.function(), body.username);
    }

    @DELETE
    @Path("{pairId}/helpers")
    @Operation(summary = "Remove a helper from the pair (a curator's role goes when no pair needs it): "
            + "?function=…&username=…")
    public PairView removeHelper(@PathParam("pairId") long pairId, @BeanParam HelperRequest request) {
        HelperRequest body = HelperRequest.required(request);
        return helpers.remove(region, year, pairId, body.function(), body.username);
    }

    /** {@code {"municipality", "school", "curatorMunicipality", "curatorSchool"}}: codes of the directory. */
    public static class PairRequest {
        public String municipality;
        public String school;
        public String curatorMunicipality;
        public String curatorSchool;

        static PairRequest required(PairRequest request) {
            if (request == null) {
                throw new InvalidRequestException("pairs.error.schoolCode");
            }
            return request;
        }

        SchoolCode curator() {
            return new SchoolCode(curatorMunicipality, curatorSchool);
        }
    }

    /** {@code {"function": "CURATOR" | "MENTOR" | "TUTOR", "username"}}. */
    public static class HelperRequest {
        @QueryParam("function")
        public String function;
        @QueryParam("username")
        public String username;

        static HelperRequest required(HelperRequest request) {
            if (request == null) {
                throw new InvalidRequestException("pairs.error.function");
            }
            return request;
        }

        HelperFunction function() {
            return Arrays.stream(HelperFunction.values()).filter(f -> f.name().equalsIgnoreCase(String.valueOf(function)))
                    .findFirst().orElseThrow(() -> new InvalidRequestException("pairs.error.function"));
        }
    }
}
