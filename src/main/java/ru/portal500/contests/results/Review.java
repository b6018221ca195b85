package ru.portal500.contests.results;

import ru.portal500.expertise.checklist.ScoreSheet;

import java.time.Instant;
import java.util.Objects;

/**
 * One juror's review of an entry: the score sheet (its assessor is the juror's id; a draft is listed as not counted)
 * and the instant it was submitted (null for a draft).
 */
public record Review(ScoreSheet sheet, Instant submittedAt) {

    public Review {
        Objects.requireNonNull(sheet, "sheet");
    }

    public String juror() {
        return sheet.assessor();
    }
}
