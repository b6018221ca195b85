package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.RegistryHistories;
import ru.portal500.registry.application.RiskProfileImport;
import ru.portal500.registry.application.RiskProfileView;
import ru.portal500.registry.application.RiskProfiles;
import ru.portal500.registry.domain.Significance;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Schools' risk profiles in a campaign: read, entered, verified, factors chosen, survey files imported. */
@Path("regions/{region}/campaigns/{year}")
@RequestScoped
@Tag(name = "Risk profiles")
public class RiskProfileResource {

    private static final String PROFILE = "schools/{municipality}/{school}/risk-profile";

    @Inject
    RiskProfiles profiles;

    @Inject
    RiskProfileImport profileImport;

    @Context
    HttpServletRequest request;

    @Inject
    Formats formats;

    @GET
    @Path(PROFILE + "/history.csv")
    @Produces("text/csv")
    @Operation(summary = "The profile's story as CSV: who, when, the factor, the significance before and after "
            + "(in the request's language)")
    @APIResponse(responseCode = "404", description = "No such school or campaign in the caller's scope")
    public Response story(@PathParam("region") String region, @PathParam("year") int year,
                          @PathParam("municipality") String municipality, @PathParam("school") String school) {
        Locale reader = Texts.of(request);
        RiskProfileView view = profiles.view(region, year, municipality, school);
        return HistoryDownloads.csv(HistoryCsv.of(RegistryHistories.riskProfile(view, reader), reader, formats.zone()),
                Texts.get(reader, "riskProfile.story.fileName", school, String.valueOf(year)) + ".csv");
    }

    @GET
    @Path(PROFILE)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The school's profile: each offered factor's significance and choice, state, story, rights")
    @APIResponse(responseCode = "400", description = "The school is not a low-results school in the campaign")
    @APIResponse(responseCode = "404", description = "No such school or campaign in the caller's scope")
    public RiskProfileView profile(@PathParam("region") String region, @PathParam("year") int year,
                               @PathParam("municipality") String municipality, @PathParam("school") String school) {
        return profiles.view(region, year, municipality, school);
    }

    @PUT
    @Path(PROFILE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set significances by factor position (null clears; factors not listed keep theirs); "
            + "a verified profile returns to draft")
    @APIResponse(responseCode = "403", description = "Not the school's team, curator, coordinator or operator")
    public RiskProfileView assess(@PathParam("region") String region, @PathParam("year") int year,
                               @PathParam("municipality") String municipality, @PathParam("school") String school,
                                  AssessmentRequest body) {
        return profiles.assess(region, year, municipality, school, body.byPosition());
    }

    @POST
    @Path(PROFILE + "/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The curator verifies a draft in which every factor has a significance")
    @APIResponse(responseCode = "403", description = "Not a curator of the school (nor the regional operator)")
    public RiskProfileView verify(@PathParam("region") String region, @PathParam("year") int year,
                               @PathParam("municipality") String municipality, @PathParam("school") String school) {
        return profiles.verify(region, year, municipality, school);
    }

    @PUT
    @Path(PROFILE + "/choice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The factors (by position) the school will work on, on a verified profile")
    @APIResponse(responseCode = "403", description = "Not the school's team or curator")
    public RiskProfileView choose(@PathParam("region") String region, @PathParam("year") int year,
                               @PathParam("municipality") String municipality, @PathParam("school") String school,
                                  ChoiceRequest body) {
        return profiles.choose(region, year, municipality, school, body.chosen == null ? List.of() : body.chosen);
    }

    @POST
    @Path("risk-profiles/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import survey results (XLSX or CSV): municipality and school codes, a column per factor; "
            + "all or nothing; dryRun=true only checks")
    @APIResponse(responseCode = "422", description = "Nothing applied: every problem by line and column")
    @APIResponse(responseCode = "403", description = "Neither the regional operator nor a municipal coordinator")
    public Response importFile(@PathParam("region") String region, @PathParam("year") int year,
                               @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body)
            throws IOException {
        Optional<byte[]> file = ImportResponses.read(body);
        if (file.isEmpty()) {
            return ImportResponses.tooLarge(Texts.of(request));
        }
        return ImportResponses.of(profileImport.importFile(region, year, file.get(), dryRun), Texts.of(request));
    }

    /** Significances by factor position. Public fields for JSON-B. */
    public static class AssessmentRequest {
        public List<Mark> factors;

        Map<Integer, Significance> byPosition() {
            Map<Integer, Significance> marks = new HashMap<>();
            for (Mark mark : factors == null ? List.<Mark>of() : factors) {
                Significance significance = mark.significance == null || mark.significance.isBlank() ? null
                        : Significance.parse(mark.significance).orElseThrow(() ->
                        new InvalidRequestException("risk.profile.error.significance", mark.significance));
                if (marks.containsKey(mark.position)) {
                    throw new InvalidRequestException("risk.profile.error.twice", mark.position);
                }
                marks.put(mark.position, significance);
            }
            return marks;
        }
    }

    /** One factor's significance: "высокая", "В", "HIGH"…; null or empty clears it. */
    public static class Mark {
        public int position;
        public String significance;
    }

    /** The chosen factors' positions. */
    public static class ChoiceRequest {
        public List<Integer> chosen;
    }
}
