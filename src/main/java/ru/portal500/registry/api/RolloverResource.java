package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.CampaignRollover;
import ru.portal500.registry.application.PairView;
import ru.portal500.registry.domain.CarriedPair;
import ru.portal500.registry.domain.LeavingReason;
import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.shared.domain.InvalidRequestException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The next school year: the regional operator rolls the campaign of {@code year} over into the next (the old one is
 * archived), reads the new campaign's worksheet beside last year's statuses and records a school leaving the
 * programme; coordinators confirm or drop last year's pairs carried into their schools' new campaign.
 */
@Path("regions/{region}/campaigns/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry")
public class RolloverResource {

    @Inject
    CampaignRollover rollover;

    @PathParam("region")
    String region;

    @PathParam("year")
    int year;

    @POST
    @Path("rollover")
    @Operation(summary = "Roll the campaign of the year over into the next (planned a year later if it was not): the "
            + "campaign becomes a read-only archive and its pairs wait in the next one for confirmation")
    @APIResponse(responseCode = "400", description = "The campaign is archived already")
    @APIResponse(responseCode = "403", description = "Not the region's operator")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignRollover.Outcome rollOver() {
        return rollover.rollOver(region, year);
    }

    /** A line of the new campaign's worksheet. */
    public record LineView(long schoolId, String municipality, String school, String lastYear, String proposal,
                           String status, String leaving, String reason, String carriedPair) {
    }

    @GET
    @Path("rollover")
    @Operation(summary = "The campaign's worksheet against last year: every school of last year's programme and "
            + "every school the new results propose, with last year's status, the proposal and the decision")
    @APIResponse(responseCode = "403", description = "Not the region's operator")
    @APIResponse(responseCode = "404", description = "No such campaign, or none the year before")
    public List<LineView> worksheet() {
        return rollover.worksheet(region, year).stream().map(l -> new LineView(l.school().getId(),
                l.school().getMunicipality().getName(), l.school().getName(),
                l.lastYear() == null ? null : l.lastYear().name(), l.proposal().name(),
                l.decided() ? l.now().getStatus().name() : null,
                l.now() == null ? null : l.now().leaving().map(Enum::name).orElse(null),
                l.now() == null ? null : l.now().getReason(),
                l.pair() == null ? null : l.pair().getState().name())).toList();
    }

    /** Why a school leaves: the kind of reason and the words. */
    public static class LeavingRequest {
        public String reason;
        public String words;

        LeavingReason kind() {
            return Arrays.stream(LeavingReason.values()).filter(r -> r.name().equalsIgnoreCase(String.valueOf(reason)))
                    .findFirst().orElseThrow(() -> new InvalidRequestException("rollover.error.leavingReason"));
        }
    }

    @POST
    @Path("rollover/schools/{schoolId}/leaving")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A school of last year's programme leaves it in this campaign: reason RESULTS_IMPROVED, "
            + "REORGANISED, CLOSED, TRANSFERRED or OTHER (words required), with the words")
    @APIResponse(responseCode = "400", description = "No reason, no words for OTHER, an archived campaign, or the "
            + "school is paired this year")
    @APIResponse(responseCode = "404", description = "Not a school of last year's programme")
    public LineView leave(@PathParam("schoolId") long schoolId, LeavingRequest body) {
        LeavingRequest request = body == null ? new LeavingRequest() : body;
        var row = rollover.leave(region, year, schoolId, request.kind(), request.words);
        return new LineView(schoolId, row.getSchool().getMunicipality().getName(), row.getSchool().getName(), null,
                null, row.getStatus().name(), row.leaving().map(Enum::name).orElse(null), row.getReason(), null);
    }

    /** A pair carried from last year. */
    public record CarriedPairView(long id, long schoolId, String school, SchoolRef curatorSchool,
                                  List<CarriedPair.Helper> helpers, String state, String statusNow, String note,
                                  String decidedBy, Instant decidedAt) {
        static CarriedPairView of(CampaignRollover.PairLine line) {
            CarriedPair p = line.pair();
            return new CarriedPairView(p.getId(), p.getSchool().getId(), p.getSchool().getName(), line.curatorSchool(),
                    p.getHelpers(), p.getState().name(), line.statusNow() == null ? null : line.statusNow().name(),
                    p.getNote(), p.getDecidedBy(), p.getDecidedAt());
        }
    }

    @GET
    @Path("carried-pairs")
    @Operation(summary = "Last year's pairs carried into this campaign, within the caller's scope")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public List<CarriedPairView> carriedPairs() {
        return rollover.carriedPairs(region, year).stream().map(CarriedPairView::of).toList();
    }

    /** The helpers kept, by login. */
    public static class ConfirmRequest {
        public List<String> helpers;
    }

    @POST
    @Path("carried-pairs/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Form last year's pair again with the helpers kept (the school must be in the programme "
            + "this year); all or nothing")
    @APIResponse(responseCode = "400", description = "Decided already, the school not in the programme, a helper "
            + "who no longer fits")
    @APIResponse(responseCode = "403", description = "Neither the school's coordinator nor the regional operator")
    public PairView confirm(@PathParam("id") long id, ConfirmRequest body) {
        return rollover.confirmPair(region, year, id, body == null || body.helpers == null ? List.of() : body.helpers);
    }

    /** Why a carried pair is dropped. */
    public static class DropRequest {
        public String note;
    }

    @POST
    @Path("carried-pairs/{id}/drop")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do not form last year's pair again, with the note why")
    @APIResponse(responseCode = "400", description = "No note, or decided already")
    public CarriedPairView drop(@PathParam("id") long id, DropRequest body) {
        rollover.dropPair(region, year, id, body == null ? null : body.note);
        return rollover.carriedPairs(region, year).stream().filter(l -> l.pair().getId() == id).findFirst()
                .map(CarriedPairView::of).orElseThrow();
    }
}
