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
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.IdentificationFinding;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Assessment results in, and the region's rule for identifying low-results schools (regional operators). */
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
    @Path("identification-rule")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The region's identification rule (the seeds' rule until the operator sets one)")
    public RuleView rule(@PathParam("region") String region) {
        return RuleView.of(identification.rule(region));
    }

    @PUT
    @Path("identification-rule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the region's identification rule (regional operators)")
    @APIResponse(responseCode = "400", description = "A threshold outside (0, 100], a count below 1, an unknown procedure")
    public RuleView changeRule(@PathParam("region") String region, RuleView rule) {
        if (rule == null) {
            throw new InvalidRequestException("identification.rule.error.threshold");
        }
        return RuleView.of(identification.changeRule(region, rule.threshold, rule.perProcedure(),
                rule.proceduresLastYear, rule.proceduresEachOfTwoYears));
    }

    /** The rule as the API reads and writes it; per-procedure thresholds keyed by procedure (VPR or ВПР). */
    public static class RuleView {
        public double threshold;
        public Map<String, Double> thresholds = new TreeMap<>();
        public int proceduresLastYear;
        public int proceduresEachOfTwoYears;

        Map<AssessmentProcedure, Double> perProcedure() {
            Map<AssessmentProcedure, Double> map = new EnumMap<>(AssessmentProcedure.class);
            if (thresholds != null) {
                thresholds.forEach((name, value) -> map.put(AssessmentProcedure.named(name).orElseThrow(
                        () -> new InvalidRequestException("identification.rule.error.procedure", name)), value));
            }
            return map;
        }

        static RuleView of(IdentificationRule rule) {
            RuleView view = new RuleView();
            view.threshold = rule.threshold();
            rule.thresholds().forEach((procedure, value) -> view.thresholds.put(procedure.name(), value));
            view.proceduresLastYear = rule.proceduresLastYear();
            view.proceduresEachOfTwoYears = rule.proceduresEachOfTwoYears();
            return view;
        }
    }

    /** One low result: "2024/25, ВПР, математика: 31.5 % ≥ 25 %". */
    public record ReasonView(String schoolYear, String procedure, String subject, double share, double threshold) {
        public static ReasonView of(IdentificationFinding.LowResult r) {
            return new ReasonView(SchoolYear.label(r.year()),
                    r.procedure().shortName(), r.subject(), r.failShare(), r.threshold());
        }
    }
}
