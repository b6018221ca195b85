package ru.portal500.registry.api;

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
import ru.portal500.registry.application.Candidate;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.application.RegistryHistories;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.registry.domain.SchoolFlags;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A campaign's list: the identification worksheet, the operator's decisions, the statuses and flags. */
@Path("regions/{region}/campaigns/{year}")
@RequestScoped
@Tag(name = "Registry")
public class CampaignSchoolsResource {

    @Inject
    IdentificationService identification;

    @Inject
    CampaignDecisions decisions;

    @Inject
    Formats formats;

    @Context
    HttpServletRequest request;

    @GET
    @Path("decisions/history.csv")
    @Produces("text/csv")
    @Operation(summary = "The history of the campaign's decisions about the schools in the caller's scope, as CSV: "
            + "who, when, the school, the status before and after, the reason (in the request's language)")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public Response decisionHistory(@PathParam("region") String region, @PathParam("year") int year) {
        Locale reader = Texts.of(request);
        return HistoryDownloads.csv(HistoryCsv.of(RegistryHistories.decisions(decisions.history(region, year, false), reader),
                reader, formats.zone()), Texts.get(reader, "identification.history.fileName", String.valueOf(year)) + ".csv");
    }

    @GET
    @Path("identification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The worksheet: schools the rule proposes (with every low result), flagged or decided")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public List<CandidateView> worksheet(@PathParam("region") String region, @PathParam("year") int year) {
        return identification.worksheet(region, year).stream().map(CandidateView::of).toList();
    }

    @POST
    @Path("identification/confirmation")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the proposal: every proposed school not yet decided becomes a low-results school")
    public Confirmed confirm(@PathParam("region") String region, @PathParam("year") int year) {
        return new Confirmed(decisions.confirmProposal(region, year));
    }

    @GET
    @Path("schools")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The campaign's schools with a status, within the caller's scope")
    public List<StatusView> statuses(@PathParam("region") String region, @PathParam("year") int year) {
        return decisions.statuses(region, year).stream().map(StatusView::of).toList();
    }

    @PUT
    @Path("schools/{municipality}/{school}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a school's status; departing from the proposal needs a reason")
    @APIResponse(responseCode = "400", description = "No reason for a departure, or an unknown status")
    public StatusView decide(@PathParam("region") String region, @PathParam("year") int year,
                             @PathParam("municipality") String municipality, @PathParam("school") String school,
                             DecisionRequest request) {
        return StatusView.of(decisions.decide(region, year, municipality, school,
                request == null ? null : request.status(), request == null ? null : request.reason));
    }

    @PUT
    @Path("schools/{municipality}/{school}/flags")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a school's flags: unreliable VPR results (Rosobrnadzor's list), social well-being index")
    public FlagsView flag(@PathParam("region") String region, @PathParam("year") int year,
                          @PathParam("municipality") String municipality, @PathParam("school") String school,
                          FlagsView request) {
        FlagsView body = request == null ? new FlagsView() : request;
        return FlagsView.of(decisions.flag(region, year, municipality, school, body.unreliableResults,
                body.socialWellbeingIndex, body.note));
    }

    /** How many schools the confirmation made ШНОР. */
    public record Confirmed(int confirmed) {
    }

    /** A decision as the client sends it. */
    public static class DecisionRequest {
        public String status;
        public String reason;

        SchoolStatus status() {
            return Arrays.stream(SchoolStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("campaign.status.error.status"));
        }
    }

    /** A school as the campaign lists show it. */
    public record SchoolView(long id, String municipality, String code, String name) {
        static SchoolView of(School s) {
            return new SchoolView(s.getId(), s.getMunicipality().getCode(), s.getCode(), s.getName());
        }
    }

    /** A decided status. */
    public record StatusView(SchoolView school, String status, boolean proposed, String reason, String decidedBy,
                             Instant decidedAt) {
        static StatusView of(CampaignSchool c) {
            return new StatusView(SchoolView.of(c.getSchool()), c.getStatus().name(), c.isProposed(), c.getReason(),
                    c.getDecidedBy(), c.getDecidedAt());
        }
    }

    /** Flags as read and written. */
    public static class FlagsView {
        public boolean unreliableResults;
        public Double socialWellbeingIndex;
        public String note;

        static FlagsView of(SchoolFlags f) {
            FlagsView view = new FlagsView();
            view.unreliableResults = f.isUnreliableResults();
            view.socialWellbeingIndex = f.getSocialWellbeingIndex();
            view.note = f.getNote();
            return view;
        }
    }

    /** A worksheet row. */
    public record CandidateView(SchoolView school, String rule, List<IdentificationResource.ReasonView> lowResults,
                                FlagsView flags, StatusView decision) {
        static CandidateView of(Candidate c) {
            return new CandidateView(SchoolView.of(c.school()),
                    c.finding() == null ? null : c.finding().branch().name(),
                    c.finding() == null ? List.of()
                            : c.finding().lowResults().stream().map(IdentificationResource.ReasonView::of).toList(),
                    c.flags() == null ? null : FlagsView.of(c.flags()),
                    c.decision() == null ? null : StatusView.of(c.decision()));
        }
    }
}
