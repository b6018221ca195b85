package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One round to assign: the reviewers, the documents, how many reviews each document receives, the
 * rules, and the objective.
 *
 * <p><b>Rules.</b> Each document receives exactly {@link #reviewsPerDocument()} reviews ({@code r},
 * default 2), from different reviewers, none of them in conflict with it ({@link Reviewer#conflictsWith}).
 * The load is balanced: when {@link #reviewsPerReviewer()} ({@code k}) is given every reviewer writes
 * exactly {@code k} reviews (which needs reviewers × k = documents × r); otherwise each writes
 * ⌊documents × r / reviewers⌋ or one more, so no reviewer has more than one review above another. On
 * request a reviewer reviews only documents of other municipalities, and at most one document of each
 * author school.
 *
 * <p><b>Objective.</b> The cost of a review is {@code distance.between(reviewer's municipality,
 * document's municipality) + preference(reviewer, document)} (0 for a pair without a declared
 * {@link Preference}); the assignment minimises the sum over all reviews. Ties are broken the same way
 * for the same input: reviewers and documents are taken in the order of their ids.
 */
public final class AssignmentProblem {

    private final List<Reviewer> reviewers;
    private final List<DocumentUnderReview> documents;
    private final int reviewsPerDocument;
    private final OptionalInt reviewsPerReviewer;
    private final boolean otherMunicipalityOnly;
    private final boolean onePerAuthorSchool;
    private final MunicipalityDistance distance;
    private final List<Preference> preferences;
    private final Map<Long, Reviewer> reviewersById = new HashMap<>();
    private final Map<Long, DocumentUnderReview> documentsById = new HashMap<>();
    private final Map<Long, Map<Long, Integer>> preferenceCosts = new HashMap<>();

    private AssignmentProblem(List<Reviewer> reviewers, List<DocumentUnderReview> documents, int reviewsPerDocument,
                              OptionalInt reviewsPerReviewer, boolean otherMunicipalityOnly, boolean onePerAuthorSchool,
                              MunicipalityDistance distance, List<Preference> preferences) {
        if (reviewsPerDocument < 1) {
            throw new IllegalArgumentException("reviews per document must be at least 1: " + reviewsPerDocument);
        }
        if (reviewsPerReviewer.isPresent() && reviewsPerReviewer.getAsInt() < 0) {
            throw new IllegalArgumentException("reviews per reviewer must not be negative");
        }
        List<Reviewer> sortedReviewers = new ArrayList<>(reviewers);
        sortedReviewers.sort(Comparator.comparingLong(Reviewer::id));
        List<DocumentUnderReview> sortedDocuments = new ArrayList<>(documents);
        sortedDocuments.sort(Comparator.comparingLong(DocumentUnderReview::id));
        this.reviewers = List.copyOf(sortedReviewers);
        this.documents = List.copyOf(sortedDocuments);
        this.reviewsPerDocument = reviewsPerDocument;
        this.reviewsPerReviewer = reviewsPerReviewer;
        this.otherMunicipalityOnly = otherMunicipalityOnly;
        this.onePerAuthorSchool = onePerAuthorSchool;
        this.distance = distance;
        this.preferences = List.copyOf(preferences);
        for (Reviewer reviewer : this.reviewers) {
            if (reviewersById.put(reviewer.id(), reviewer) != null) {
                throw new IllegalArgumentException("reviewer listed twice: " + reviewer.id());
            }
        }
        for (DocumentUnderReview document : this.documents) {
            if (documentsById.put(document.id(), document) != null) {
                throw new IllegalArgumentException("document listed twice: " + document.id());
            }
        }
        for (Preference preference : this.preferences) {
            if (!reviewersById.containsKey(preference.reviewerId()) || !documentsById.containsKey(preference.documentId())) {
                throw new IllegalArgumentException("preference of an unknown reviewer or document: " + preference);
            }
            Integer previous = preferenceCosts.computeIfAbsent(preference.reviewerId(), id -> new HashMap<>())
                    .put(preference.documentId(), preference.cost());
            if (previous != null) {
                throw new IllegalArgumentException("preference declared twice: " + preference);
            }
        }
    }

    /** A round with the defaults: two reviews per document, the load derived, no further rule, costs all 0. */
    public static AssignmentProblem of(List<Reviewer> reviewers, List<DocumentUnderReview> documents) {
        return new AssignmentProblem(reviewers, documents, 2, OptionalInt.empty(), false, false,
                MunicipalityDistance.NONE, List.of());
    }

    public AssignmentProblem withReviewsPerDocument(int r) {
        return new AssignmentProblem(reviewers, documents, r, reviewsPerReviewer, otherMunicipalityOnly,
                onePerAuthorSchool, distance, preferences);
    }

    /** Every reviewer writes exactly {@code k} reviews (instead of the derived balanced load). */
    public AssignmentProblem withReviewsPerReviewer(int k) {
        return new AssignmentProblem(reviewers, documents, reviewsPerDocument, OptionalInt.of(k), otherMunicipalityOnly,
                onePerAuthorSchool, distance, preferences);
    }

    public AssignmentProblem withOtherMunicipalityOnly(boolean on) {
        return new AssignmentProblem(reviewers, documents, reviewsPerDocument, reviewsPerReviewer, on,
                onePerAuthorSchool, distance, preferences);
    }

    public AssignmentProblem withOnePerAuthorSchool(boolean on) {
        return new AssignmentProblem(reviewers, documents, reviewsPerDocument, reviewsPerReviewer, otherMunicipalityOnly,
                on, distance, preferences);
    }

    public AssignmentProblem withDistance(MunicipalityDistance distance) {
        return new AssignmentProblem(reviewers, documents, reviewsPerDocument, reviewsPerReviewer, otherMunicipalityOnly,
                onePerAuthorSchool, distance, preferences);
    }

    public AssignmentProblem withPreferences(List<Preference> preferences) {
        return new AssignmentProblem(reviewers, documents, reviewsPerDocument, reviewsPerReviewer, otherMunicipalityOnly,
                onePerAuthorSchool, distance, preferences);
    }

    /** The reviewers, in the order of their ids. */
    public List<Reviewer> reviewers() {
        return reviewers;
    }

    /** The documents, in the order of their ids. */
    public List<DocumentUnderReview> documents() {
        return documents;
    }

    public int reviewsPerDocument() {
        return reviewsPerDocument;
    }

    /** The fixed load, when one was given. */
    public OptionalInt reviewsPerReviewer() {
        return reviewsPerReviewer;
    }

    public boolean otherMunicipalityOnly() {
        return otherMunicipalityOnly;
    }

    public boolean onePerAuthorSchool() {
        return onePerAuthorSchool;
    }

    public MunicipalityDistance distance() {
        return distance;
    }

    public List<Preference> preferences() {
        return preferences;
    }

    public Reviewer reviewer(long id) {
        Reviewer reviewer = reviewersById.get(id);
        if (reviewer == null) {
            throw new IllegalArgumentException("no such reviewer: " + id);
        }
        return reviewer;
    }

    public DocumentUnderReview document(long id) {
        DocumentUnderReview document = documentsById.get(id);
        if (document == null) {
            throw new IllegalArgumentException("no such document: " + id);
        }
        return document;
    }

    /** Reviews to write in all: documents × r. */
    public long totalReviews() {
        return (long) documents.size() * reviewsPerDocument;
    }

    /** The fewest reviews a reviewer may write: k when given, otherwise ⌊documents × r / reviewers⌋. */
    public int minimumLoad() {
        if (reviewsPerReviewer.isPresent()) {
            return reviewsPerReviewer.getAsInt();
        }
        return reviewers.isEmpty() ? 0 : (int) (totalReviews() / reviewers.size());
    }

    /** The most reviews a reviewer may write: k when given, otherwise the minimum or one more. */
    public int maximumLoad() {
        if (reviewsPerReviewer.isPresent()) {
            return reviewsPerReviewer.getAsInt();
        }
        return reviewers.isEmpty() ? 0 : (int) ((totalReviews() + reviewers.size() - 1) / reviewers.size());
    }

    /** Whether the rules let this reviewer review this document (the per-school limit aside). */
    public boolean eligible(Reviewer reviewer, DocumentUnderReview document) {
        return !reviewer.conflictsWith(document)
                && !(otherMunicipalityOnly && reviewer.municipalityId() == document.municipalityId());
    }

    /** The declared preference of the pair, 0 when none was declared. */
    public int preference(long reviewerId, long documentId) {
        Map<Long, Integer> ofReviewer = preferenceCosts.get(reviewerId);
        return ofReviewer == null ? 0 : ofReviewer.getOrDefault(documentId, 0);
    }

    /** The objective's cost of one review: distance between the municipalities plus the declared preference. */
    public long cost(Reviewer reviewer, DocumentUnderReview document) {
        return (long) distance.between(reviewer.municipalityId(), document.municipalityId())
                + preference(reviewer.id(), document.id());
    }

    /** The objective's cost of one review, by ids. */
    public long cost(Review review) {
        return cost(reviewer(review.reviewerId()), document(review.documentId()));
    }

    /** Documents that carry a declared preference or a single-document conflict. */
    Set<Long> documentsWithPairRules() {
        Set<Long> special = new HashSet<>();
        for (Preference preference : preferences) {
            special.add(preference.documentId());
        }
        for (Reviewer reviewer : reviewers) {
            special.addAll(reviewer.conflictDocumentIds());
        }
        return special;
    }
}
