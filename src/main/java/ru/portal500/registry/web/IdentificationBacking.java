package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import ru.portal500.identity.application.CurrentCaller;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.CampaignPlanning;
import ru.portal500.registry.application.Candidate;
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.imports.ImportFiles;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/identification.xhtml?campaign=2026}: the region's rule, the assessment results
 * import, and the campaign's worksheet on which the regional operator decides.
 */
@Named
@ViewScoped
public class IdentificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentificationService identification;

    @Inject
    CampaignDecisions decisions;

    @Inject
    CampaignPlanning planning;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private int campaign;
    private String region;
    private String campaignName;
    private List<Candidate> worksheet = List.of();
    private ImportReport report;

    private double threshold;
    private int proceduresLastYear;
    private int proceduresEachOfTwoYears;
    private List<ProcedureThreshold> procedureThresholds = List.of();

    private Candidate selected;
    private SchoolStatus status;
    private String reason;
    private boolean unreliable;
    private Double wellbeingIndex;
    private String note;

    /** A procedure's own threshold on the form; empty means the general one. */
    public static final class ProcedureThreshold implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AssessmentProcedure procedure;
        private Double threshold;

        ProcedureThreshold(AssessmentProcedure procedure, Double threshold) {
            this.procedure = procedure;
            this.threshold = threshold;
        }

        public AssessmentProcedure getProcedure() {
            return procedure;
        }

        public Double getThreshold() {
            return threshold;
        }

        public void setThreshold(Double threshold) {
            this.threshold = threshold;
        }
    }

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
        campaignName = planning.campaign(region, campaign).getName();
        IdentificationRule rule = identification.rule(region);
        threshold = rule.threshold();
        proceduresLastYear = rule.proceduresLastYear();
        proceduresEachOfTwoYears = rule.proceduresEachOfTwoYears();
        procedureThresholds = Arrays.stream(AssessmentProcedure.values())
                .map(p -> new ProcedureThreshold(p, rule.thresholds().get(p))).toList();
        refresh();
        return null;
    }

    private void refresh() {
        worksheet = identification.worksheet(region, campaign);
    }

    public void saveRule() {
        Map<AssessmentProcedure, Double> own = new EnumMap<>(AssessmentProcedure.class);
        procedureThresholds.stream().filter(t -> t.threshold != null).forEach(t -> own.put(t.procedure, t.threshold));
        if (messages.run(() -> identification.changeRule(region, threshold, own, proceduresLastYear,
                proceduresEachOfTwoYears), "identification.rule.saved")) {
            refresh();
        }
    }

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > ImportFiles.MAX_BYTES) {
            report = ImportReport.refused(language.getLocale(), "import.error.size", ImportFiles.MAX_MEGABYTES);
            return;
        }
        messages.run(() -> report = ImportReport.of(identification.importResults(region, event.getFile().getContent()),
                language.getLocale()), "import.finished");
        refresh();
    }

    public void confirm() {
        if (messages.runReporting(() -> new Object[]{decisions.confirmProposal(region, campaign)},
                "identification.confirmed")) {
            refresh();
        }
    }

    public void select(Candidate candidate) {
        selected = candidate;
        status = candidate.decision() != null ? candidate.decision().getStatus()
                : candidate.isProposed() ? SchoolStatus.LOW_RESULTS : null;
        reason = candidate.decision() == null ? null : candidate.decision().getReason();
        unreliable = candidate.flags() != null && candidate.flags().isUnreliableResults();
        wellbeingIndex = candidate.flags() == null ? null : candidate.flags().getSocialWellbeingIndex();
        note = candidate.flags() == null ? null : candidate.flags().getNote();
    }

    public void decide() {
        done(messages.run(() -> decisions.decide(region, campaign, municipalityOf(selected), selected.school().getCode(),
                status, reason), "identification.decided"));
    }

    public void flag() {
        done(messages.run(() -> decisions.flag(region, campaign, municipalityOf(selected), selected.school().getCode(),
                unreliable, wellbeingIndex, note), "identification.flags.saved"));
    }

    private void done(boolean succeeded) {
        PrimeFaces.current().ajax().addCallbackParam("done", succeeded);
        if (succeeded) {
            refresh();
        }
    }

    private static String municipalityOf(Candidate candidate) {
        return candidate.school().getMunicipality().getCode();
    }

    /** 2026 → "2025/26". */
    public String schoolYear(int year) {
        return ru.portal500.registry.domain.SchoolYear.label(year);
    }

    /** 31.5 → "31,5" in Russian. */
    public String share(double value) {
        return java.text.NumberFormat.getNumberInstance(language.getLocale()).format(value);
    }

    public long getProposedCount() {
        return worksheet.stream().filter(Candidate::isProposed).count();
    }

    public long getAwaitingCount() {
        return worksheet.stream().filter(Candidate::isAwaitingDecision).count();
    }

    public List<SchoolStatus> getStatuses() {
        return List.of(SchoolStatus.values());
    }

    public String getSelectedName() {
        return selected == null ? "" : selected.school().getName();
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

    public ImportReport getReport() {
        return report;
    }

    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double threshold) {
        this.threshold = threshold;
    }

    public int getProceduresLastYear() {
        return proceduresLastYear;
    }

    public void setProceduresLastYear(int proceduresLastYear) {
        this.proceduresLastYear = proceduresLastYear;
    }

    public int getProceduresEachOfTwoYears() {
        return proceduresEachOfTwoYears;
    }

    public void setProceduresEachOfTwoYears(int proceduresEachOfTwoYears) {
        this.proceduresEachOfTwoYears = proceduresEachOfTwoYears;
    }

    public List<ProcedureThreshold> getProcedureThresholds() {
        return procedureThresholds;
    }

    public SchoolStatus getStatus() {
        return status;
    }

    public void setStatus(SchoolStatus status) {
        this.status = status;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isUnreliable() {
        return unreliable;
    }

    public void setUnreliable(boolean unreliable) {
        this.unreliable = unreliable;
    }

    public Double getWellbeingIndex() {
        return wellbeingIndex;
    }

    public void setWellbeingIndex(Double wellbeingIndex) {
        this.wellbeingIndex = wellbeingIndex;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
