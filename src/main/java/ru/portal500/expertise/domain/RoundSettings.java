package ru.portal500.expertise.domain;

import java.time.LocalDate;

/**
 * What an organiser sets for a round: reviews per document (1–10), reviews each school writes in a mutual
 * round (0: as many as balance gives), other municipalities only, blind, the spread of total scores in
 * percentage points above which the organiser is told the experts diverge, and the due date.
 */
public record RoundSettings(int reviewsPerDocument, int reviewsPerSchool, boolean otherMunicipality, boolean blind,
                            int divergencePoints, LocalDate due) {

    public static final int DEFAULT_REVIEWS = 2;
    public static final int DEFAULT_DIVERGENCE_POINTS = 20;

    public RoundSettings {
        if (reviewsPerDocument < 1 || reviewsPerDocument > ExpertiseRound.MAX_REVIEWS_PER_DOCUMENT) {
            throw new ExpertiseRuleException("expertise.error.reviewsPerDocument", ExpertiseRound.MAX_REVIEWS_PER_DOCUMENT);
        }
        if (reviewsPerSchool < 0 || reviewsPerSchool > ExpertiseRound.MAX_REVIEWS_PER_SCHOOL) {
            throw new ExpertiseRuleException("expertise.error.reviewsPerSchool", ExpertiseRound.MAX_REVIEWS_PER_SCHOOL);
        }
        if (divergencePoints < 1 || divergencePoints > 100) {
            throw new ExpertiseRuleException("expertise.error.divergence");
        }
        if (due == null) {
            throw new ExpertiseRuleException("expertise.error.due");
        }
    }
}
