package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.application.JuryScoring;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.EntryFile;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.ScoreTotals;
import ru.portal500.expertise.checklist.ScoringException;
import ru.portal500.expertise.checklist.SheetForm;
import ru.portal500.expertise.checklist.SheetState;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/entry-review.xhtml?id=5}, a juror's score sheet: the entry's case and files (without its school
 * and authors when the contest judges blind) beside the nomination's checklist; drafts saved, the submit locks the
 * sheet; declaring a conflict of interest closes the review.
 */
@Named
@ViewScoped
public class EntryReviewBacking implements Serializable, ru.portal500.shared.web.MarkedSheet {

    private static final long serialVersionUID = 1L;

    @Inject
    JuryScoring scoring;

    @Inject
    ContestEntries entries;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private String id;
    private long reviewId;
    private transient EntryReview review;
    private transient ScoreSheet sheet;
    private long readAtVersion;
    private final SheetForm form = new SheetForm();
    private String remarks;
    private String reason;

    public void load() {
        try {
            reviewId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
        form.fill(sheet.answers());
        remarks = sheet.recommendations();
    }

    private void reload() {
        JuryScoring.OpenReview open = scoring.open(reviewId);
        review = open.review();
        sheet = open.sheet();
        readAtVersion = review.getVersion();
    }

    public void save() {
        if (messages.run(() -> scoring.saveDraft(reviewId, form.answers(getCriteria()), remarks, readAtVersion),
                "contests.review.saved")) {
            reload();
        }
    }

    public void submit() {
        if (messages.run(() -> scoring.submit(reviewId, form.answers(getCriteria()), remarks, readAtVersion),
                "contests.review.submitted")) {
            reload();
        }
    }

    /** Declares a conflict of interest; the page goes back to the juror's list, where the review shows as closed. */
    public String declareConflict() {
        if (messages.run(() -> scoring.declareConflict(reviewId, reason), "contests.review.conflictDeclared")) {
            messages.keepForRedirect();
            return "/app/judging.xhtml?faces-redirect=true";
        }
        return null;
    }

    /** A mark changed on the form: the total follows it before anything is saved. */
    @Override
    public void recount() {
        if (sheet == null || !isEditable()) {
            return;
        }
        try {
            sheet = ScoreSheet.restore(sheet.checklist(), sheet.assessor(), form.answers(getCriteria()), remarks,
                    SheetState.DRAFT);
        } catch (ScoringException notYetValid) {
            // the total stays as it was until the marks can be counted
        }
    }

    public StreamedContent fileContent(long fileId) {
        EntryFile file = scoring.file(reviewId, fileId);
        return DefaultStreamedContent.builder().name(file.getFileName()).contentType(file.getMediaType())
                .stream(() -> entries.open(file)).build();
    }

    public EntryReview getReview() {
        if (review == null) {
            reload();
        }
        return review;
    }

    public CaseForm getCase() {
        return getReview().getEntry().form();
    }

    /** Whether the juror sees who entered (the contest is not judged blind). */
    public boolean isNamed() {
        return !getReview().getEntry().getContest().isBlind();
    }

    public List<Criterion> getCriteria() {
        if (sheet == null) {
            reload();
        }
        return sheet.checklist().criteria();
    }

    public ScoreTotals getTotals() {
        if (sheet == null) {
            reload();
        }
        return sheet.totals();
    }

    public boolean isEditable() {
        return getReview().getState().isOpen();
    }

    public String getZoneLabel() {
        return ru.portal500.shared.web.Formats.zoneLabel(getReview().getEntry().getContest().getRegion().getTimeZone(),
                java.time.Instant.now(), language.getLocale());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<String, BigDecimal> getScales() {
        return form.getScales();
    }

    public Map<String, String> getChoices() {
        return form.getChoices();
    }

    public Map<String, String> getComments() {
        return form.getComments();
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
