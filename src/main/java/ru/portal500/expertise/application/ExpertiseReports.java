package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ScoreAggregate;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.ExpertiseRound;
import ru.portal500.expertise.domain.ReviewState;
import ru.portal500.expertise.domain.RoundReport;
import ru.portal500.expertise.infrastructure.ReviewRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a round stands for its organiser: progress per reviewer, school and municipality, and each document's
 * result — the mean of its submitted sheets, the spread between them (flagged above the round's threshold), the
 * verdict of the mean.
 */
@ApplicationScoped
public class ExpertiseReports {

    @Inject
    ExpertiseAccess access;

    @Inject
    ReviewRepository repository;

    /** A document's reviews and, once one is submitted, their aggregate. */
    public record DocumentResult(Document document, List<ExpertReview> reviews, ScoreAggregate aggregate,
                                 boolean divergent) {

        public String getVerdict() {
            return aggregate == null ? null : aggregate.verdict().name();
        }

        public BigDecimal getMeanPercent() {
            return aggregate == null ? null : aggregate.total().percent().mean();
        }

        public BigDecimal getSpreadPoints() {
            return aggregate == null ? null : aggregate.total().percent().range();
        }

        public long getActiveReviews() {
            return reviews.stream().filter(r -> r.getState().isActive()).count();
        }

        @JsonbTransient
        public Document getDocument() {
            return document;
        }

        @JsonbTransient
        public List<ExpertReview> getReviews() {
            return reviews;
        }

        @JsonbTransient
        public boolean isDivergent() {
            return divergent;
        }
    }

    public record Report(ExpertiseRound round, RoundReport progress, List<DocumentResult> documents) {

        @JsonbTransient
        public RoundReport getProgress() {
            return progress;
        }

        @JsonbTransient
        public List<DocumentResult> getDocuments() {
            return documents;
        }
    }

    @Transactional
    public Report report(long roundId) {
        ExpertiseRound round = access.roundToOrganise(roundId);
        List<ExpertReview> reviews = repository.reviews(round);
        LocalDate today = access.today();
        Map<Document, List<ExpertReview>> byDocument = reviews.stream()
                .collect(Collectors.groupingBy(ExpertReview::getDocument, LinkedHashMap::new, Collectors.toList()));
        Checklist checklist = ReviewScoring.checklistOf(round.getChecklist());
        List<DocumentResult> results = byDocument.entrySet().stream()
                .map(e -> result(round, checklist, e.getKey(), e.getValue())).toList();
        Map<Long, String> verdicts = results.stream().filter(r -> r.aggregate() != null)
                .collect(Collectors.toMap(r -> r.document().getId(), DocumentResult::getVerdict));
        RoundReport progress = new RoundReport(reviews.stream().map(r -> RoundReport.line(r, today)).toList(), verdicts);
        return new Report(round, progress, results);
    }

    private static DocumentResult result(ExpertiseRound round, Checklist checklist, Document document,
                                         List<ExpertReview> reviews) {
        List<ExpertReview> submitted = reviews.stream().filter(r -> r.getState() == ReviewState.SUBMITTED).toList();
        if (submitted.isEmpty()) {
            return new DocumentResult(document, reviews, null, false);
        }
        ScoreAggregate aggregate = ScoreAggregate.of(submitted.stream()
                .map(r -> ReviewScoring.sheetOf(r, checklist)).toList());
        boolean divergent = aggregate.isDivergent()
                || aggregate.total().percent().range().compareTo(BigDecimal.valueOf(round.getDivergencePoints())) > 0;
        return new DocumentResult(document, reviews, aggregate, divergent);
    }
}
