package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.application.CampaignRollover;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchedule;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Page {@code /app/campaigns.xhtml}: the region's campaigns with their stages and schools; the operator plans one. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    CampaignPlanning planning;

    @Inject
    CampaignDecisions decisions;

    @Inject
    CampaignRollover rollover;

    @Inject
    LanguageBacking language;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    private String region;
    private boolean operator;
    private List<Row> campaigns = List.of();
    private final PlanForm form = new PlanForm();

    /** A campaign as listed: its stages with dates and how many schools have each status. */
    public record Row(Campaign campaign, List<CampaignSchedule.Stage> stages, Map<SchoolStatus, Long> counts,
                      boolean lastYear) implements Serializable {
    }

    /** The planning form: a school year, a name and a date per stage. */
    public static final class PlanForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private int schoolYear = LocalDate.now().getMonthValue() >= 9 ? LocalDate.now().getYear() + 1
                : LocalDate.now().getYear();
        private String name;
        private final Map<String, LocalDate> dates = new HashMap<>();
        private List<LocalDate> monitoringDates = new ArrayList<>();

        public int getSchoolYear() {
            return schoolYear;
        }

        public void setSchoolYear(int schoolYear) {
            this.schoolYear = schoolYear;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Map<String, LocalDate> getDates() {
            return dates;
        }

        public List<String> getStageKeys() {
            return CampaignSchedule.ALL_STAGES;
        }

        public List<LocalDate> getMonitoringDates() {
            return monitoringDates;
        }

        public void setMonitoringDates(List<LocalDate> monitoringDates) {
            this.monitoringDates = monitoringDates == null ? new ArrayList<>() : monitoringDates;
        }
    }

    public void load() {
        region = currentCaller.get().regions().stream().findFirst()
                .orElseThrow(ru.portal500.shared.domain.NoSuchResourceException::new);
        operator = currentCaller.get().holds(Role.REGIONAL_OPERATOR, Scope.ofRegion(region));
        List<Campaign> all = planning.of(region);
        java.util.Set<Integer> years = new java.util.HashSet<>();
        all.forEach(c -> years.add(c.getSchoolYear()));
        campaigns = all.stream().map(c -> new Row(c, c.schedule().stages(), decisions.counts(region,
                c.getSchoolYear()), years.contains(c.getSchoolYear() - 1))).toList();
    }

    /** The operator rolls the campaign over into the next school year, then goes to the worksheet against it. */
    public String rollOver(int year) {
        CampaignRollover.Outcome[] done = new CampaignRollover.Outcome[1];
        if (!messages.runReporting(() -> {
            done[0] = rollover.rollOver(region, year);
            return new Object[] {schoolYear(year), schoolYear(done[0].schoolYear()), done[0].carriedPairs()};
        }, "rollover.done")) {
            return null;
        }
        messages.keepForRedirect();
        return "/app/rollover.xhtml?faces-redirect=true&year=" + done[0].schoolYear();
    }

    /** What the rollover of the year will do, said before it is done. */
    public String rolloverWarning(int year) {
        return Texts.get(language.getLocale(), "rollover.warning", schoolYear(year), schoolYear(year + 1));
    }

    public void plan() {
        if (messages.run(() -> planning.plan(region, form.schoolYear, form.name,
                CampaignSchedule.of(form.dates, form.monitoringDates)), "campaigns.planned")) {
            load();
        }
    }

    /** 2026 → "2025/26". */
    public String schoolYear(int year) {
        return ru.portal500.registry.domain.SchoolYear.label(year);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public boolean isOperator() {
        return operator;
    }

    public List<Row> getCampaigns() {
        return campaigns;
    }

    public PlanForm getForm() {
        return form;
    }
}
