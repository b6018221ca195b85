package ru.portal500.monitoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.monitoring.application.MonitoringDashboard;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Page {@code /app/monitoring.xhtml}: the monitoring dashboard at a date — the region's (its operator; without
 * parameters), a municipality's ({@code municipality}) or a school's ({@code school}) — with the places one level
 * down, each indicator against its target, and for the indicator chosen its charts with the tables behind them.
 */
@Named
@ViewScoped
public class MonitoringBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringDashboard dashboard;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.LanguageBacking language;

    private String region;
    private Integer campaign;
    private String date;
    private Long municipality;
    private Long school;
    private MonitoringDashboard.View view;
    private String chosen;

    /** View action: the dashboard through the scoped service (another's place ends on the 403/404 page). */
    public void load() {
        if (view == null) {
            messages.attempt(() -> {
                LocalDate day = MonitoringPages.day(date);
                view = region != null ? dashboard.view(region, campaign, day, municipality, school)
                        : municipality != null || school != null ? dashboard.viewOf(campaign, day, municipality, school)
                        : dashboard.own(campaign, day);
                chosen = view.indicators().stream().filter(MonitoringDashboard.IndicatorLine::computed).findFirst()
                        .map(MonitoringDashboard.IndicatorLine::code).orElse(null);
            });
        }
    }

    public void choose(String code) {
        chosen = code;
    }

    public MonitoringDashboard.IndicatorLine getChosenLine() {
        return view == null ? null : view.indicators().stream().filter(i -> i.code().equals(chosen)).findFirst()
                .orElse(null);
    }

    /** The page one level down for a place of the view: a municipality's, or a school's. */
    public String placeParameter() {
        return view.level() == MonitoringDashboard.Level.REGION ? "municipality" : "school";
    }

    /** The monitoring report at the view's date as XLSX (the region's view or a municipality's). */
    public org.primefaces.model.StreamedContent getReportXlsx() {
        return report(false);
    }

    public org.primefaces.model.StreamedContent getReportPdf() {
        return report(true);
    }

    private org.primefaces.model.StreamedContent report(boolean pdf) {
        MonitoringDashboard.ReportViews views = dashboard.report(view.region(), view.year(), view.date(),
                view.level() == MonitoringDashboard.Level.MUNICIPALITY ? view.municipalityId() : null);
        ru.portal500.monitoring.report.MonitoringReportFiles files = new ru.portal500.monitoring.report
                .MonitoringReportFiles(ru.portal500.shared.i18n.Texts.bundle(language.getLocale()));
        byte[] body = pdf ? files.pdf(views.now(), views.before()) : files.xlsx(views.now(), views.before());
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name("monitoring-" + view.region() + (view.level() == MonitoringDashboard.Level.MUNICIPALITY
                        ? "-" + view.municipalityId() : "") + "-" + view.date() + (pdf ? ".pdf" : ".xlsx"))
                .contentType(pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new java.io.ByteArrayInputStream(body)).build();
    }

    public MonitoringDashboard.View getView() {
        return view;
    }

    public String getChosen() {
        return chosen;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public Long getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Long municipality) {
        this.municipality = municipality;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }
}
