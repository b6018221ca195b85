package ru.portal500.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import ru.portal500.registry.application.CampaignDecisions;
import ru.portal500.registry.application.Candidate;
import ru.portal500.registry.domain.SchoolStatus;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The identification page's worksheet, where the regional operator decides: confirms the rule's proposal at once,
 * or decides a school's status and marks its results (unreliable, the social well-being index) one by one.
 */
@Named
@ViewScoped
public class SchoolDecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignDecisions decisions;

    @Inject
    IdentificationCampaign page;

    @Inject
    FacesMessages messages;

    private Candidate selected;
    private SchoolStatus status;
    private String reason;
    private boolean unreliable;
    private Double wellbeingIndex;
    private String note;

    public void confirm() {
        if (messages.runReporting(() -> new Object[]{decisions.confirmProposal(page.region(), page.getCampaign())},
                "identification.confirmed")) {
            page.refresh();
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
        done(messages.run(() -> decisions.decide(page.region(), page.getCampaign(), municipalityOf(selected),
                selected.school().getCode(), status, reason), "identification.decided"));
    }

    public void flag() {
        done(messages.run(() -> decisions.flag(page.region(), page.getCampaign(), municipalityOf(selected),
                selected.school().getCode(), unreliable, wellbeingIndex, note), "identification.flags.saved"));
    }

    private void done(boolean succeeded) {
        PrimeFaces.current().ajax().addCallbackParam("done", succeeded);
        if (succeeded) {
            page.refresh();
        }
    }

    private static String municipalityOf(Candidate candidate) {
        return candidate.school().getMunicipality().getCode();
    }

    public long getProposedCount() {
        return page.getWorksheet().stream().filter(Candidate::isProposed).count();
    }

    public long getAwaitingCount() {
        return page.getWorksheet().stream().filter(Candidate::isAwaitingDecision).count();
    }

    public List<SchoolStatus> getStatuses() {
        return List.of(SchoolStatus.values());
    }

    public String getSelectedName() {
        return selected == null ? "" : selected.school().getName();
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
