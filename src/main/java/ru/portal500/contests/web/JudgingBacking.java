package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.JuryScoring;
import ru.portal500.contests.domain.EntryReview;

import java.io.Serializable;
import java.util.List;

/** Page {@code /app/judging.xhtml}: the juror's reviews in every contest they judge, the nearest due date first. */
@Named
@ViewScoped
public class JudgingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JuryScoring scoring;

    private transient List<EntryReview> reviews;

    public List<EntryReview> getReviews() {
        if (reviews == null) {
            reviews = scoring.mine();
        }
        return reviews;
    }

    /** How many reviews are still to be submitted. */
    public long getOpen() {
        return getReviews().stream().filter(r -> r.getState().isOpen()).count();
    }
}
