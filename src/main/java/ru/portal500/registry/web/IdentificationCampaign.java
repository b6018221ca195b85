package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.application.Candidate;
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;

/**
 * Page {@code /app/identification.xhtml?campaign=2026}: the campaign it is about, and the worksheet of its schools
 * that every form of the page changes — the region's rule ({@link IdentificationRuleBacking}), the assessment
 * results' import ({@link AssessmentResultsBacking}) and the operator's decisions ({@link SchoolDecisionsBacking}).
 */
@Named
@ViewScoped
public class IdentificationCampaign implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentificationService identification;

    @Inject
    CampaignPlanning planning;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    LanguageBacking language;

    private int campaign;
    private String region;
    private String campaignName;
    private boolean archived;
    private List<Candidate> worksheet = List.of();

    /**
     * Opens the campaign of the year asked for; from the menu (no year) it turns to the region's newest one, or with
     * no campaign planned yet to the campaigns page, where the operator plans one.
     */
    public String load() {
        region = currentCaller.get().regions().stream().findFirst().orElse("-");
        if (campaign == 0) {
            var newest = planning.of(region).stream().findFirst();
            return newest.isEmpty() ? "/app/campaigns.xhtml?faces-redirect=true"
                    : "/app/identification.xhtml?faces-redirect=true&campaign=" + newest.get().getSchoolYear();
        }
        var opened = planning.campaign(region, campaign);
        campaignName = opened.getName();
        archived = opened.isArchived();
        refresh();
        return null;
    }

    /** Reads the worksheet again, after a form changed what it shows. */
    public void refresh() {
        worksheet = identification.worksheet(region, campaign);
    }

    /** The campaign was rolled over into the next year: its decisions are read, not changed. */
    public boolean isArchived() {
        return archived;
    }

    public String region() {
        return region;
    }

    /** 2026 → "2025/26". */
    public String schoolYear(int year) {
        return SchoolYear.label(year);
    }

    /** 31.5 → "31,5" in Russian. */
    public String share(double value) {
        return NumberFormat.getNumberInstance(language.getLocale()).format(value);
    }

    public int getCampaign() {
        return campaign;
    }

    public void setCampaign(int campaign) {
        this.campaign = campaign;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public List<Candidate> getWorksheet() {
        return worksheet;
    }
}
