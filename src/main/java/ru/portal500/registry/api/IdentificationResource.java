package ru.portal500.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.shared.web.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Assessment results in, the proposed list of low-results schools out (regional operators). */
@Path("regions/{region}")
@RequestScoped
@Tag(name = "Registry")
public class IdentificationResource {

    @Inject
    IdentificationService identification;

    @Context
    HttpServletRequest request;

    @POST
    @Path("assessment-results/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import assessment results (XLSX or CSV); all or nothing")
    @APIResponse(responseCode = "422", description = "Nothing applied: every problem by line and column")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    public Response importResults(@PathParam("region") String region, InputStream body) throws IOException {
        Locale locale = Texts.of(request);
        Optional<byte[]> file = ImportResponses.read(body);
        if (file.isEmpty()) {
            return ImportResponses.tooLarge(locale);
        }
        return ImportResponses.of(identification.importResults(region, file.get()), locale);
    }

    @GET
    @Path("identification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The low-results schools the region's rule proposes for a campaign, each with why")
    @APIResponse(responseCode = "403", description = "Not the region's regional operator")
    public List<ProposalView> propose(@PathParam("region") String region,
                                      @QueryParam("campaignYear") int campaignYear) {
        return identification.propose(region, campaignYear, IdentificationRule.DEFAULT).stream()
                .map(p -> new ProposalView(p.school().getId(), p.school().getCode(), p.school().getName(),
                        p.school().getMunicipality().getName(), p.finding().branch().name(),
                        p.finding().lowResults().stream().map(ReasonView::of).toList()))
                .toList();
    }

    /** A proposed school and why. */
    public record ProposalView(long schoolId, String code, String name, String municipality, String rule,
                               List<ReasonView> lowResults) {
    }

    /** One low result: "2024/25, ВПР, математика: 31.5 % ≥ 25 %". */
    public record ReasonView(String schoolYear, String procedure, String subject, double share, double threshold) {
        static ReasonView of(IdentificationFinding.LowResult r) {
            return new ReasonView((r.year() - 1) + "/" + String.format("%02d", r.year() % 100),
                    r.procedure().shortName(), r.subject(), r.failShare(), r.threshold());
        }
    }
}
