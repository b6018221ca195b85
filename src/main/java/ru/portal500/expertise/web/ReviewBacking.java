package ru.portal500.expertise.web;

import ru.portal500.shared.web.MarkedSheet;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.expertise.application.ExpertiseFiles;
import ru.portal500.expertise.application.ReviewScoring;
import ru.portal500.expertise.application.ReviewWork;
import ru.portal500.expertise.checklist.Answer;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.checklist.SheetForm;
import ru.portal500.expertise.checklist.ScoringException;
import ru.portal500.expertise.checklist.SheetState;
import ru.portal500.expertise.checklist.ScoreTotals;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/review.xhtml?id=12}, the scoring screen: the version under review beside the checklist; drafts
 * saved, the submit locks the sheet and writes the conclusion; declining or declaring a conflict.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable, MarkedSheet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewWork work;

    @Inject
    ReviewScoring scoring;

    @Inject
    ExpertiseFiles files;

    @Inject
    FacesMessages messages;

    private String id;
    private long reviewId;
    private transient ExpertReview review;
    private transient ScoreSheet sheet;
    private transient ExpertiseFiles.Preview preview;
    private long readAtVersion;
    private final SheetForm form = new SheetForm();
    private String recommendations;
    private String reason;

    public void load() {
        try {
            reviewId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
        fill();
    }

    private void reload() {
        review = work.open(reviewId);
        sheet = ReviewScoring.sheetOf(review);
        readAtVersion = review.getVersion();
    }

    private void fill() {
        form.fill(sheet.answers());
        recommendations = sheet.recommendations();
    }

    private Map<String, Answer> answers() {
        return form.answers(getCriteria());
    }

    public void save() {
        if (messages.run(() -> scoring.saveDraft(reviewId, answers(), recommendations, readAtVersion),
                "expertise.review.saved")) {
            reload();
        }
    }

    public void submit() {
        if (messages.run(() -> scoring.submit(reviewId, answers(), recommendations, readAtVersion),
                "expertise.review.submitted")) {
            reload();
        }
    }

    public void decline() {
        if (messages.run(() -> work.decline(reviewId, reason), "expertise.review.declined")) {
            reload();
        }
    }

    public void declareConflict() {
        if (messages.run(() -> work.declareConflict(reviewId, reason), "expertise.review.conflictDeclared")) {
            reload();
        }
    }

    public ExpertReview getReview() {
        if (review == null) {
            reload();
        }
        return review;
    }

    /** The version under review as the page shows it: a PDF inline, any other format as its text. */
    public ExpertiseFiles.Preview getPreview() {
        if (preview == null) {
            preview = files.preview(reviewId);
        }
        return preview;
    }

    public List<Criterion> getCriteria() {
        if (sheet == null) {
            reload();
        }
        return sheet.checklist().criteria();
    }

    /**
     * A mark or choice changed on the form: the total and the verdict follow it before anything is saved. Marks
     * the checklist would refuse leave the total as it was (the field says why on save).
     */
    @Override
    public void recount() {
        if (sheet == null || !isEditable()) {
            return;
        }
        try {
            sheet = ScoreSheet.restore(sheet.checklist(), sheet.assessor(), answers(), recommendations, SheetState.DRAFT);
        } catch (ScoringException notYetValid) {
            // the total stays as it was until the marks can be counted
        }
    }

    public ScoreTotals getTotals() {
        if (sheet == null) {
            reload();
        }
        return sheet.totals();
    }

    public String getVerdict() {
        return sheet == null ? null : sheet.verdict().name();
    }

    public boolean isEditable() {
        return getReview().getState().isOpen();
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

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
