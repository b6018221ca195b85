package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.expertise.checklist.ScoreSheet;
import ru.portal500.expertise.conclusion.ConclusionHeader;
import ru.portal500.expertise.conclusion.ConclusionVariant;
import ru.portal500.expertise.conclusion.ExpertConclusionPdf;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The expert conclusion of a submitted review, in Russian (the programme's official language): the full copy
 * for the reviewer and the organiser, and the school's copy (only the criteria shown to schools; in a blind
 * round without the reviewer's name), both stored by content address and attached to the review.
 */
@ApplicationScoped
public class ExpertConclusions {

    private static final String HIDDEN_REVIEWER = "—";

    @Inject
    DocumentStorage storage;

    void write(ExpertReview review, ScoreSheet sheet) {
        ExpertConclusionPdf pdf = new ExpertConclusionPdf(Texts.bundle(Texts.RUSSIAN));
        String reviewer = String.valueOf(review.getReviewerName());
        ConclusionHeader full = header(review, reviewer);
        ConclusionHeader forSchool = header(review, review.getRound().isBlind() ? HIDDEN_REVIEWER : reviewer);
        review.attachConclusions(store(pdf.render(full, sheet, ConclusionVariant.FULL)),
                store(pdf.render(forSchool, sheet, ConclusionVariant.FOR_SCHOOL)));
    }

    private static ConclusionHeader header(ExpertReview review, String reviewer) {
        return new ConclusionHeader(review.getDocument().getSchool().getName(), review.getDocument().getTitle(),
                String.valueOf(review.getVersionNumber()), review.getRound().getTitle(), reviewer,
                LocalDate.ofInstant(review.getSubmittedAt(),
                        review.getDocument().getSchool().getMunicipality().getRegion().getTimeZone()));
    }

    private String store(byte[] pdf) {
        try {
            return storage.store(new ByteArrayInputStream(pdf)).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
