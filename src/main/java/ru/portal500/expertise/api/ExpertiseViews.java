package ru.portal500.expertise.api;

import jakarta.json.JsonObject;
import ru.portal500.expertise.application.ExpertiseReports;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.RoundReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The expertise API's JSON shapes. */
public final class ExpertiseViews {

    private ExpertiseViews() {
    }

    public record Round(long id, String kind, String municipality, String title, long checklist, int checklistVersion,
                        int reviewsPerDocument, int reviewsPerSchool, boolean otherMunicipality, boolean blind,
                        int divergencePoints, LocalDate due, String state, long version) {
        static Round of(ExpertiseRound r) {
            return new Round(r.getId(), r.getKind().name(), r.getMunicipality() == null ? null : r.getMunicipality().getCode(),
                    r.getTitle(), r.getChecklist().getId(), r.getChecklist().getNumber(), r.getReviewsPerDocument(),
                    r.getReviewsPerSchool(), r.isOtherMunicipality(), r.isBlind(), r.getDivergencePoints(), r.getDue(),
                    r.getState().name(), r.getVersion());
        }
    }

    /** A review as its reviewer or organiser sees it. */
    public record Review(long id, long round, long document, String documentTitle, String school, int documentVersion,
                         String reviewer, String reviewerSchool, String state, Double scoreShare, String verdict,
                         String declinedReason, LocalDate due, Instant submittedAt, boolean conclusion, long version) {
        static Review of(ExpertReview r) {
            return new Review(r.getId(), r.getRound().getId(), r.getDocument().getId(), r.getDocument().getTitle(),
                    r.getDocument().getSchool().getCode(), r.getVersionNumber(), r.getReviewerUsername(),
                    r.getReviewerSchool() == null ? null : r.getReviewerSchool().getCode(), r.getState().name(),
                    r.getScoreShare(), r.getVerdict(), r.getDeclinedReason(), r.getRound().getDue(), r.getSubmittedAt(),
                    r.getConclusionSha256() != null, r.getVersion());
        }
    }

    /** A review with its sheet: the checklist version (its JSON form) and the answers saved. */
    public record Sheet(Review review, JsonObject checklist, JsonObject answers, String recommendations) {
    }

    public record DocumentResult(long document, String title, String school, long reviews, BigDecimal meanPercent,
                                 BigDecimal spreadPoints, String verdict, boolean divergent) {
        static DocumentResult of(ExpertiseReports.DocumentResult r) {
            return new DocumentResult(r.document().getId(), r.document().getTitle(), r.document().getSchool().getCode(),
                    r.getActiveReviews(), r.getMeanPercent(), r.getSpreadPoints(), r.getVerdict(), r.isDivergent());
        }
    }

    public record Progress(String name, int assigned, int done, int inProgress, int notStarted, int overdue,
                           int declined) {
        static Progress of(RoundReport.Progress p) {
            return new Progress(p.name(), p.assigned(), p.done(), p.inProgress(), p.notStarted(), p.overdue(),
                    p.declined());
        }
    }

    /** A round's report: progress, results per document, the share that conforms (target 80 %). */
    public record Report(Round round, Progress total, List<Progress> byReviewer, List<Progress> bySchool,
                         List<Progress> byMunicipality, List<DocumentResult> documents, Integer conformingPercent) {
        static Report of(ExpertiseReports.Report r) {
            RoundReport p = r.progress();
            return new Report(Round.of(r.round()), Progress.of(p.getTotal()),
                    p.getByReviewer().stream().map(Progress::of).toList(),
                    p.getBySchool().stream().map(Progress::of).toList(),
                    p.getByMunicipality().stream().map(Progress::of).toList(),
                    r.documents().stream().map(DocumentResult::of).toList(), p.getConformingPercent());
        }
    }
}
