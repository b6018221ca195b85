package ru.portal500.expertise.domain;

import jakarta.json.bind.annotation.JsonbTransient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a round stands: for each reviewer, each school and each municipality, how many reviews are done,
 * in progress, not started, overdue and declined; how many documents have a result and how many of them
 * conform (with or without remarks) — the seeds' target is 80 %.
 */
public final class RoundReport {

    /** A document conforms when its result is one of these verdicts. */
    public static final List<String> CONFORMING = List.of("CONFORMS", "CONFORMS_WITH_REMARKS");

    /** What the report needs of one review. */
    public record Line(long documentId, String reviewer, String school, String municipality, ReviewState state,
                       boolean overdue) {
    }

    /** Counts for one reviewer, school or municipality. */
    public record Progress(String name, int assigned, int done, int inProgress, int notStarted, int overdue,
                           int declined) {

        Progress add(Line line) {
            boolean active = line.state().isActive();
            return new Progress(name, assigned + (active ? 1 : 0),
                    done + (line.state() == ReviewState.SUBMITTED ? 1 : 0),
                    inProgress + (line.state() == ReviewState.DRAFT ? 1 : 0),
                    notStarted + (line.state() == ReviewState.ASSIGNED ? 1 : 0),
                    overdue + (line.overdue() ? 1 : 0), declined + (active ? 0 : 1));
        }

        /** Share of the active reviews submitted, 0–100. */
        public int getPercentDone() {
            return assigned == 0 ? 0 : Math.round(100f * done / assigned);
        }

        @JsonbTransient
        public String getName() {
            return name;
        }

        @JsonbTransient
        public int getAssigned() {
            return assigned;
        }

        @JsonbTransient
        public int getDone() {
            return done;
        }

        @JsonbTransient
        public int getInProgress() {
            return inProgress;
        }

        @JsonbTransient
        public int getNotStarted() {
            return notStarted;
        }

        @JsonbTransient
        public int getOverdue() {
            return overdue;
        }

        @JsonbTransient
        public int getDeclined() {
            return declined;
        }
    }

    private final Progress total;
    private final List<Progress> byReviewer;
    private final List<Progress> bySchool;
    private final List<Progress> byMunicipality;
    private final int documents;
    private final int documentsWithResult;
    private final int documentsConforming;

    /**
     * @param results each document's result (its verdict's name) once it has one
     */
    public RoundReport(Collection<Line> lines, Map<Long, String> results) {
        this.total = lines.stream().reduce(empty("total"), Progress::add, (a, b) -> a);
        this.byReviewer = group(lines, Line::reviewer);
        this.bySchool = group(lines, Line::school);
        this.byMunicipality = group(lines, Line::municipality);
        this.documents = (int) lines.stream().map(Line::documentId).distinct().count();
        this.documentsWithResult = results.size();
        this.documentsConforming = (int) results.values().stream().filter(CONFORMING::contains).count();
    }

    public static Line line(ExpertReview review, LocalDate today) {
        return new Line(review.getDocument().getId(), String.valueOf(review.getReviewerName()),
                review.getDocument().getSchool().getName(), review.getDocument().getSchool().getMunicipality().getName(),
                review.getState(), review.isOverdue(today));
    }

    private static Progress empty(String name) {
        return new Progress(name, 0, 0, 0, 0, 0, 0);
    }

    private static List<Progress> group(Collection<Line> lines, Function<Line, String> key) {
        Map<String, Progress> groups = new LinkedHashMap<>();
        lines.forEach(l -> groups.merge(key.apply(l), empty(key.apply(l)).add(l), (a, b) -> a.add(l)));
        return groups.values().stream().sorted(Comparator.comparing(Progress::name)).toList();
    }

    /** Share of documents with a result that conform, 0–100; empty before any result. */
    public Optional<Integer> conformingPercent() {
        return documentsWithResult == 0 ? Optional.empty()
                : Optional.of(Math.round(100f * documentsConforming / documentsWithResult));
    }

    public Progress getTotal() {
        return total;
    }

    public List<Progress> getByReviewer() {
        return byReviewer;
    }

    public List<Progress> getBySchool() {
        return bySchool;
    }

    public List<Progress> getByMunicipality() {
        return byMunicipality;
    }

    public int getDocuments() {
        return documents;
    }

    public int getDocumentsWithResult() {
        return documentsWithResult;
    }

    public int getDocumentsConforming() {
        return documentsConforming;
    }

    public Integer getConformingPercent() {
        return conformingPercent().orElse(null);
    }
}
