package ru.portal500.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.monitoring.application.MonitoringReports;
import ru.portal500.monitoring.domain.MonitoringRuleException;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.tenancy.domain.School;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/monitoring-report.xhtml?school=42&campaign=2026&date=2026-05-31}: a ШНОР's report at a monitoring
 * date (without parameters: the caller's own school at the next date). The team enters the values while the window is
 * open and submits the report; the coordinator and the operator grant an exception after the lock. Every action goes
 * to {@link MonitoringReports}, which checks the caller's rights again.
 */
@Named
@ViewScoped
public class MonitoringReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringReports reports;

    @Inject
    SupportedSchools supportedSchools;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.LanguageBacking language;

    private Long school;
    private Integer campaign;
    private String date;
    private MonitoringReports.Sheet sheet;
    private final Map<Long, String> values = new HashMap<>();
    private transient List<School> ownSchools;
    private LocalDate until;
    private String reason;

    /** View action: the sheet through the scoped service (a forged school id ends on the 404 page). */
    public void load() {
        if (sheet == null) {
            messages.attempt(() -> show(reports.sheet(school, campaign, MonitoringPages.day(date))));
        }
    }

    private void show(MonitoringReports.Sheet shown) {
        sheet = shown;
        values.clear();
        shown.lines().forEach(l -> values.put(l.indicatorId(), l.value() == null ? null
                : l.value().stripTrailingZeros().toPlainString().replace('.', ',')));
    }

    /**
     * Saves every value typed (an emptied field takes its value back); first every field is checked, and each one that
     * cannot be is named with its reason, nothing saved.
     */
    public void save() {
        Map<Long, BigDecimal> typed = new HashMap<>();
        boolean refused = false;
        for (MonitoringReports.Line line : sheet.lines()) {
            String text = values.get(line.indicatorId());
            try {
                BigDecimal value = number(text);
                if (value != null) {
                    Unit.valueOf(line.unit()).checked(value);
                }
                typed.put(line.indicatorId(), value);
            } catch (MonitoringRuleException e) {
                Object[] arguments = e.arguments().length > 0 ? e.arguments().clone() : new Object[0];
                if (arguments.length > 0 && text != null) {
                    arguments[0] = text.strip();
                }
                messages.error("monitoring.error.field", line.title(),
                        Texts.get(language.getLocale(), e.messageKey(), arguments));
                refused = true;
            }
        }
        if (!refused) {
            messages.run(() -> show(reports.enter(sheet.schoolId(), sheet.year(), sheet.date(), typed)),
                    "monitoring.message.saved");
        }
    }

    public void submit() {
        messages.run(() -> show(reports.submit(sheet.schoolId(), sheet.year(), sheet.date())),
                "monitoring.message.reported");
    }

    public void grant() {
        if (messages.run(() -> show(reports.grant(sheet.schoolId(), sheet.year(), sheet.date(), until, reason)),
                "monitoring.message.granted")) {
            until = null;
            reason = null;
        }
    }

    public void ask() {
        if (messages.run(() -> show(reports.askForException(sheet.schoolId(), sheet.year(), sheet.date(), until,
                reason)), "monitoring.message.asked")) {
            until = null;
            reason = null;
        }
    }

    /** Whether the team may ask for an exception now: the window locked, no report, no grant lasting. */
    /**
     * How the window's phase reads to this reader: once locked, the team is told to ask for an exception (or, under
     * one, until when it may still report), a reader who does not report is told only that it is closed.
     */
    public String getPhaseKey() {
        if (sheet.archived()) {
            return "monitoring.phase.archived";
        }
        String key = "monitoring.phase." + sheet.phase();
        if (!"LOCKED".equals(sheet.phase()) || sheet.reportedAt() != null) {
            return "LOCKED".equals(sheet.phase()) ? key + ".reader" : key;
        }
        if (sheet.mayReportNow()) {
            return key + ".extended";
        }
        return sheet.rights().mayEnter() ? key : key + ".reader";
    }

    public boolean isMayAsk() {
        return sheet != null && sheet.rights().mayEnter() && "LOCKED".equals(sheet.phase()) && !sheet.mayReportNow()
                && sheet.reportedAt() == null;
    }

    static BigDecimal number(String text) {
        return ru.portal500.monitoring.domain.TypedNumber.parse(text);
    }

    public List<School> getOwnSchools() {
        if (ownSchools == null) {
            ownSchools = supportedSchools.ownSchools();
        }
        return ownSchools;
    }

    public MonitoringReports.Sheet getSheet() {
        return sheet;
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public Integer getCampaign() {
        return campaign;
    }

    public void setCampaign(Integer campaign) {
        this.campaign = campaign;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
