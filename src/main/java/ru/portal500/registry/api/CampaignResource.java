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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;

import java.time.LocalDate;
import java.util.List;

/** A region's programme campaigns: one per school year, with the dates of its stages. */
@Path("regions/{region}/campaigns")
@RequestScoped
@Tag(name = "Registry")
public class CampaignResource {

    @Inject
    CampaignPlanning planning;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan the campaign of a school year (regional operators); stages must follow the cycle's order")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "400", description = "Stages out of order, or the year's campaign exists")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    public Response plan(@PathParam("region") String region, CampaignView request) {
        Campaign campaign = planning.plan(region, request.schoolYear, request.name, request.schedule());
        return Response.status(Response.Status.CREATED).entity(CampaignView.of(campaign)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The region's campaigns, newest first (anyone holding a role in the region)")
    public List<CampaignView> campaigns(@PathParam("region") String region) {
        return planning.of(region).stream().map(CampaignView::of).toList();
    }

    /** A campaign as the API reads and writes it (ISO dates). Public fields for JSON-B. */
    public static class CampaignView {
        public Long id;
        public int schoolYear;
        public String name;
        public LocalDate identificationUntil;
        public LocalDate setupUntil;
        public LocalDate diagnosticsUntil;
        public LocalDate documentsDue;
        public LocalDate expertiseUntil;
        public LocalDate mutualExpertiseUntil;
        public LocalDate contestUntil;
        public List<LocalDate> monitoringDates;
        /** Rolled over into the next school year: read only (ignored when planning). */
        public boolean archived;

        CampaignSchedule schedule() {
            return new CampaignSchedule(identificationUntil, setupUntil, diagnosticsUntil, documentsDue,
                    expertiseUntil, mutualExpertiseUntil, contestUntil, monitoringDates);
        }

        static CampaignView of(Campaign campaign) {
            CampaignSchedule s = campaign.schedule();
            CampaignView view = new CampaignView();
            view.id = campaign.getId();
            view.schoolYear = campaign.getSchoolYear();
            view.name = campaign.getName();
            view.identificationUntil = s.identificationUntil();
            view.setupUntil = s.setupUntil();
            view.diagnosticsUntil = s.diagnosticsUntil();
            view.documentsDue = s.documentsDue();
            view.expertiseUntil = s.expertiseUntil();
            view.mutualExpertiseUntil = s.mutualExpertiseUntil();
            view.contestUntil = s.contestUntil();
            view.monitoringDates = s.monitoringDates();
            view.archived = campaign.isArchived();
            return view;
        }
    }
}
