package ru.portal500.monitoring.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.portal500.monitoring.application.IndicatorCatalogue;
import ru.portal500.monitoring.application.FederalRollUp;
import ru.portal500.monitoring.application.MonitoringDashboard;
import ru.portal500.monitoring.application.RemindersNow;
import ru.portal500.monitoring.application.MonitoringReports;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.MonitoringRuleException;
import ru.portal500.monitoring.domain.MonitoringSettings;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.monitoring.domain.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Monitoring: a region's indicators and settings, a school's report at a monitoring date (values, the report, the
 * coordinator's exception), and the dashboard that drills down region → municipality → school.
 */
@Path("monitoring")
@RequestScoped
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    MonitoringReports reports;

    @Inject
    MonitoringDashboard dashboard;

    @Inject
    FederalRollUp federal;

    @Inject
    RemindersNow remindersNow;

    /** An indicator as the API shows it. */
    public record IndicatorView(long id, String code, int position, String title, String unit, String formula,
                                BigDecimal target, BigDecimal warning, String direction, String source,
                                boolean builtIn, boolean retired, long version) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.getId(), i.getCode(), i.getPosition(), i.getTitle(), i.getUnit().name(),
                    i.formula().map(Enum::name).orElse(null), i.target().target(), i.target().warning(),
                    i.target().direction().name(), i.getSource(), i.isBuiltIn(), i.isRetired(), i.getVersion());
        }
    }

    /** An indicator's definition as a client sends it: numbers as text («80», «80,5»). */
    public static class IndicatorRequest {
        public String code;
        public String title;
        public String unit;
        public String target;
        public String warning;
        public String direction;
        public String source;

        IndicatorCatalogue.Definition definition() {
            return new IndicatorCatalogue.Definition(code, title, unit == null ? null : enumOf(Unit.class, unit),
                    number(target), number(warning),
                    direction == null ? null : enumOf(Target.Direction.class, direction), source);
        }
    }

    public record SettingsView(String region, int windowDays, int escalateAfterDays) {
        static SettingsView of(MonitoringSettings s) {
            return new SettingsView(s.getRegionCode(), s.getWindowDays(), s.getEscalateAfterDays());
        }
    }

    public static class SettingsRequest {
        public Integer windowDays;
        public Integer escalateAfterDays;
    }

    /** Values by indicator id, as text («12,5»); an empty text takes a value back. */
    public static class ValuesRequest {
        public Map<String, String> values;
    }

    public static class ExceptionRequest {
        public String until;
        public String reason;
    }

    @GET
    @Path("regions/{region}/indicators")
    @Operation(summary = "The region's indicators (the seeds' built in), for everyone of the region")
    public List<IndicatorView> indicators(@PathParam("region") String region) {
        return catalogue.of(region).stream().map(IndicatorView::of).toList();
    }

    @POST
    @Path("regions/{region}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the region's own indicator, entered per school (its operators)")
    public Response addIndicator(@PathParam("region") String region, IndicatorRequest body) {
        IndicatorRequest request = body == null ? new IndicatorRequest() : body;
        return Response.status(Response.Status.CREATED)
                .entity(IndicatorView.of(catalogue.add(region, request.definition()))).build();
    }

    @PUT
    @Path("regions/{region}/indicators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an indicator's wording, target, warning threshold and source (its operators)")
    public IndicatorView redefine(@PathParam("region") String region, @PathParam("id") long id,
                                  IndicatorRequest body) {
        IndicatorRequest request = body == null ? new IndicatorRequest() : body;
        return IndicatorView.of(catalogue.redefine(region, id, request.definition()));
    }

    @GET
    @Path("regions/{region}/settings")
    @Operation(summary = "The region's reporting window and escalation settings")
    public SettingsView settings(@PathParam("region") String region) {
        return SettingsView.of(catalogue.settings(region));
    }

    @PUT
    @Path("regions/{region}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change them (its operators)")
    public SettingsView changeSettings(@PathParam("region") String region, SettingsRequest body) {
        if (body == null || body.windowDays == null || body.escalateAfterDays == null) {
            throw new MonitoringRuleException("monitoring.error.settingsEmpty");
        }
        return SettingsView.of(catalogue.changeSettings(region, body.windowDays, body.escalateAfterDays));
    }

    @GET
    @Path("schools/{schoolId}")
    @Operation(summary = "A school's report at a monitoring date (default: the next one): values, window, exception")
    public MonitoringReports.Sheet sheet(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year,
                                         @QueryParam("date") String date) {
        return reports.sheet(schoolId, year, date(date));
    }

    @PUT
    @Path("schools/{schoolId}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter the values (its team), all or nothing; refused after the lock without an exception")
    public MonitoringReports.Sheet enter(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year,
                                         @QueryParam("date") String date, ValuesRequest body) {
        Map<Long, BigDecimal> values = new HashMap<>();
        if (body != null && body.values != null) {
            body.values.forEach((id, value) -> values.put(id(id), number(value)));
        }
        return reports.enter(schoolId, year, date(date), values);
    }

    @POST
    @Path("schools/{schoolId}/report")
    @Operation(summary = "Submit the report at the date (its team): every entered indicator given")
    public MonitoringReports.Sheet report(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year,
                                          @QueryParam("date") String date) {
        return reports.submit(schoolId, year, date(date));
    }

    @POST
    @Path("schools/{schoolId}/exception")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant the school an exception to report after the lock, until a day, with a reason")
    public MonitoringReports.Sheet grant(@PathParam("schoolId") long schoolId, @QueryParam("year") Integer year,
                                         @QueryParam("date") String date, ExceptionRequest body) {
        ExceptionRequest request = body == null ? new ExceptionRequest() : body;
        return reports.grant(schoolId, year, date(date), date(request.until), request.reason);
    }

    @POST
    @Path("schools/{schoolId}/exception-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the coordinator for an exception after the lock (the school's team): until a day, why")
    public MonitoringReports.Sheet askForException(@PathParam("schoolId") long schoolId,
                                                   @QueryParam("year") Integer year, @QueryParam("date") String date,
                                                   ExceptionRequest body) {
        ExceptionRequest request = body == null ? new ExceptionRequest() : body;
        return reports.askForException(schoolId, year, date(date), date(request.until), request.reason);
    }

    @GET
    @Path("regions/{region}/dashboard")
    @Operation(summary = "The dashboard at a monitoring date: the region (its operators), a municipality or a school")
    public MonitoringDashboard.View dashboard(@PathParam("region") String region, @QueryParam("year") Integer year,
                                              @QueryParam("date") String date,
                                              @QueryParam("municipality") Long municipality,
                                              @QueryParam("school") Long school) {
        return dashboard.view(region, year, date(date), municipality, school);
    }

    @POST
    @Path("regions/{region}/reminders")
    @Operation(summary = "Sends the reminders owed today now (the region's operators): measures and reports, each once")
    public RemindersNow.Sent remindNow(@PathParam("region") String region) {
        return remindersNow.send(region);
    }

    @GET
    @Path("federal")
    @Operation(summary = "Every region's monitoring of a school year, counts and shares per region and municipality"
            + " (the federal reader of aggregates)")
    public FederalRollUp.RollUp federal(@QueryParam("year") Integer year) {
        return federal.rollUp(year);
    }

    @GET
    @Path("regions/{region}/report")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "The monitoring report at a date: the region's (its operators) or a municipality's"
            + " (municipality=id, its coordinators too); format=xlsx (default) or pdf")
    public Response report(@PathParam("region") String region, @QueryParam("year") Integer year,
                           @QueryParam("date") String date, @QueryParam("format") String format,
                           @QueryParam("municipality") Long municipality,
                           @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        MonitoringDashboard.ReportViews views = dashboard.report(region, year, date(date), municipality);
        ru.portal500.monitoring.report.MonitoringReportFiles files = new ru.portal500.monitoring.report
                .MonitoringReportFiles(ru.portal500.shared.i18n.Texts.bundle(ru.portal500.shared.i18n.Texts.of(request)));
        boolean pdf = "pdf".equalsIgnoreCase(format);
        byte[] body = pdf ? files.pdf(views.now(), views.before()) : files.xlsx(views.now(), views.before());
        String name = "monitoring-" + region + (municipality == null ? "" : "-" + municipality) + "-"
                + views.now().date() + (pdf ? ".pdf" : ".xlsx");
        return Response.ok(body, pdf ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains(".") ? LocalDate.parse(value, RUSSIAN) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new MonitoringRuleException("monitoring.error.dateInvalid", value);
        }
    }

    static BigDecimal number(String text) {
        return ru.portal500.monitoring.domain.TypedNumber.parse(text);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new MonitoringRuleException("monitoring.error.noSuchIndicator");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MonitoringRuleException("monitoring.error.unknown", name);
        }
    }
}
