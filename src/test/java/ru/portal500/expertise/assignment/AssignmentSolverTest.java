package ru.portal500.expertise.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a round, one by one. */
class AssignmentSolverTest {

    private final AssignmentSolver solver = new AssignmentSolver();

    @Test
    void schoolsNeverReviewTheirOwnNorTheirPairsDocuments() {
        List<Reviewer> schools = List.of(
                Reviewer.school(1, 10, Set.of(2L)), Reviewer.school(2, 10, Set.of(1L)),
                Reviewer.school(3, 10, Set.of()), Reviewer.school(4, 20, Set.of()), Reviewer.school(5, 20, Set.of()));
        List<DocumentUnderReview> documents = List.of(document(101, 1, 10), document(102, 2, 10),
                document(103, 3, 10), document(104, 4, 20), document(105, 5, 20));
        AssignmentProblem problem = AssignmentProblem.of(schools, documents);

        Assignment assignment = assigned(problem);

        assertEquals(10, assignment.reviews().size());
        assertFalse(assignment.reviewersOf(101).contains(1L), "own document");
        assertFalse(assignment.reviewersOf(101).contains(2L), "the pair's document");
        assertFalse(assignment.reviewersOf(102).contains(1L), "the pair's document");
        assertEquals(Map.of(1L, 2, 2L, 2, 3L, 2, 4L, 2, 5L, 2), assignment.loads(), "k = r with one document each");
        assertEquals(assignment.reviewersOf(103), assignment.reviewersByDocument().get(103L));
        assertEquals(assignment.documentsOf(4), assignment.documentsByReviewer().get(4L));
    }

    @Test
    void otherMunicipalityOnlySendsEveryReviewAcross() {
        AssignmentProblem problem = AssignmentProblem.of(
                List.of(Reviewer.school(1, 10, Set.of()), Reviewer.school(2, 10, Set.of()),
                        Reviewer.school(3, 20, Set.of()), Reviewer.school(4, 20, Set.of())),
                List.of(document(101, 1, 10), document(102, 2, 10), document(103, 3, 20), document(104, 4, 20)))
                .withOtherMunicipalityOnly(true);

        Assignment assignment = assigned(problem);

        for (Review review : assignment.reviews()) {
            assertTrue(problem.reviewer(review.reviewerId()).municipalityId()
                    != problem.document(review.documentId()).municipalityId(), review.toString());
        }
    }

    @Test
    void theDerivedLoadDiffersByAtMostOne() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(7, 1), outsideDocuments(10, 1));

        Assignment assignment = assigned(problem);

        assertEquals(2, problem.minimumLoad());
        assertEquals(3, problem.maximumLoad());
        assertEquals(20, assignment.reviews().size());
        assertTrue(assignment.loads().values().stream().allMatch(load -> load == 2 || load == 3), assignment.loads().toString());
    }

    @Test
    void aGivenLoadIsKeptExactly() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(4, 1), outsideDocuments(6, 1))
                .withReviewsPerReviewer(3);

        Assignment assignment = assigned(problem);

        assertEquals(Map.of(1L, 3, 2L, 3, 3L, 3, 4L, 3), assignment.loads());
    }

    @Test
    void aGivenLoadThatDoesNotAddUpIsReported() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(4, 1), outsideDocuments(6, 1))
                .withReviewsPerReviewer(2);

        assertEquals(List.of(new Infeasibility(Infeasibility.Reason.LOAD_DOES_NOT_ADD_UP, 0, 12, 8)), reasons(problem));
    }

    @Test
    void aDocumentWithTooFewEligibleReviewersIsNamed() {
        AssignmentProblem problem = AssignmentProblem.of(
                List.of(Reviewer.school(1, 10, Set.of(3L)), Reviewer.school(2, 10, Set.of()),
                        Reviewer.school(3, 10, Set.of(1L))),
                List.of(document(101, 1, 10), document(102, 2, 10), document(103, 3, 10)));

        // 103: its own school and its pair (1) are out, only school 2 is left for two reviews
        assertTrue(reasons(problem).contains(
                new Infeasibility(Infeasibility.Reason.TOO_FEW_ELIGIBLE_REVIEWERS, 103, 2, 1)), reasons(problem).toString());
    }

    @Test
    void aReviewerWithTooFewEligibleDocumentsIsNamed() {
        List<Reviewer> reviewers = new ArrayList<>(reviewers(3, 1));
        reviewers.set(0, new Reviewer(1, 1, Set.of(), Set.of(1001L, 1002L)));

        AssignmentProblem problem = AssignmentProblem.of(reviewers, outsideDocuments(3, 1));

        assertEquals(List.of(new Infeasibility(Infeasibility.Reason.TOO_FEW_ELIGIBLE_DOCUMENTS, 1, 2, 1)), reasons(problem));
    }

    @Test
    void documentsWhoseEligibleReviewersAreFullAreNamed() {
        // every document has an eligible reviewer and every reviewer an eligible document, yet 101 and 102
        // both need reviewer 1, who writes one review only
        List<Reviewer> reviewers = List.of(new Reviewer(1, 1, Set.of(), Set.of()),
                new Reviewer(2, 1, Set.of(900L), Set.of()), new Reviewer(3, 1, Set.of(900L), Set.of()));
        List<DocumentUnderReview> documents = List.of(document(101, 900, 1), document(102, 900, 1), document(103, 901, 1));
        AssignmentProblem problem = AssignmentProblem.of(reviewers, documents).withReviewsPerDocument(1);

        List<Infeasibility> reasons = reasons(problem);

        assertEquals(2, reasons.size(), reasons.toString());
        assertEquals(Infeasibility.Reason.ELIGIBLE_REVIEWERS_FULL, reasons.get(0).reason());
        assertTrue(Set.of(101L, 102L).contains(reasons.get(0).subjectId()));
        assertEquals(1, reasons.get(0).required());
        assertEquals(0, reasons.get(0).available());
        assertEquals(Infeasibility.Reason.ELIGIBLE_DOCUMENTS_TAKEN, reasons.get(1).reason());
        assertTrue(Set.of(2L, 3L).contains(reasons.get(1).subjectId()));
    }

    @Test
    void expertsAvoidTheirSchoolPairedAndCuratedSchoolsAndDeclaredConflicts() {
        List<Reviewer> experts = List.of(
                Reviewer.expert(71, 10, 1, Set.of(2L), Set.of(105L)),
                Reviewer.expert(72, 10, 2, Set.of(1L, 3L), Set.of()),
                Reviewer.expert(73, 20, 4, Set.of(), Set.of()),
                Reviewer.expert(74, 20, 5, Set.of(), Set.of(104L)));
        List<DocumentUnderReview> documents = List.of(document(101, 1, 10), document(102, 2, 10),
                document(103, 3, 10), document(104, 4, 20), document(105, 5, 20), document(106, 6, 20));
        AssignmentProblem problem = AssignmentProblem.of(experts, documents);

        Assignment assignment = assigned(problem);

        assertEquals(List.of(), AssignmentVerifier.violations(problem, assignment));
        assertEquals(List.of(73L, 74L), assignment.reviewersOf(101), "not the own school's expert, not the pair's");
        assertEquals(List.of(71L, 72L), assignment.reviewersOf(104), "not the own school's expert, not a declared conflict");
        assertFalse(assignment.reviewersOf(103).contains(72L), "curated school");
        assertEquals(List.of(72L, 73L), assignment.reviewersOf(105), "not the own school's expert, not a declared conflict");
    }

    @Test
    void theNearestMunicipalitiesReviewEachOther() {
        // municipalities 1, 2, 3 on a line 10 km apart; each reviews another one
        MunicipalityDistance line = (a, b) -> (int) Math.abs(a - b) * 10;
        AssignmentProblem problem = AssignmentProblem.of(
                List.of(Reviewer.school(1, 1, Set.of()), Reviewer.school(2, 2, Set.of()), Reviewer.school(3, 3, Set.of())),
                List.of(document(101, 1, 1), document(102, 2, 2), document(103, 3, 3)))
                .withReviewsPerDocument(1).withOtherMunicipalityOnly(true).withDistance(line);

        Assignment assignment = assigned(problem);

        // one review each, none at home: 1→2, 2→3, 3→1 or 1→3, 2→1, 3→2 cost 40 km; 1→2, 2→1 leaves 3 without a partner
        assertEquals(40, assignment.totalCost());
        assertEquals(List.of(), AssignmentVerifier.violations(problem, assignment));
    }

    @Test
    void preferencesAreHonoured() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(2, 1), outsideDocuments(2, 1))
                .withReviewsPerDocument(1)
                .withPreferences(List.of(new Preference(1, 1002, -5), new Preference(2, 1002, 3)));

        Assignment assignment = assigned(problem);

        assertEquals(List.of(1L), assignment.reviewersOf(1002));
        assertEquals(List.of(2L), assignment.reviewersOf(1001));
        assertEquals(-5, assignment.totalCost());
    }

    @Test
    void onePerAuthorSchoolSpreadsASchoolsDocuments() {
        List<DocumentUnderReview> documents = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            documents.add(document(1001 + d, 900 + d / 3, 1)); // two schools, three documents each
        }
        AssignmentProblem problem = AssignmentProblem.of(reviewers(6, 1), documents).withOnePerAuthorSchool(true);

        Assignment assignment = assigned(problem);

        assertEquals(List.of(), AssignmentVerifier.violations(problem, assignment));
        for (long reviewer = 1; reviewer <= 6; reviewer++) {
            List<Long> reviewed = assignment.documentsOf(reviewer);
            assertEquals(2, reviewed.size());
            assertTrue(reviewed.get(0) <= 1003 && reviewed.get(1) >= 1004, reviewed.toString());
        }
    }

    @Test
    void theSameRoundGivesTheSameAssignmentWhateverTheOrderOfItsLists() {
        AssignmentProblem problem = RandomRounds.draw(new Random(42), 30, 90, 2);
        List<Reviewer> reviewers = new ArrayList<>(problem.reviewers());
        List<DocumentUnderReview> documents = new ArrayList<>(problem.documents());
        Collections.shuffle(reviewers, new Random(1));
        Collections.shuffle(documents, new Random(2));
        AssignmentProblem shuffled = AssignmentProblem.of(reviewers, documents)
                .withReviewsPerDocument(problem.reviewsPerDocument())
                .withOtherMunicipalityOnly(problem.otherMunicipalityOnly())
                .withOnePerAuthorSchool(problem.onePerAuthorSchool())
                .withDistance(problem.distance())
                .withPreferences(problem.preferences());
        if (problem.reviewsPerReviewer().isPresent()) {
            shuffled = shuffled.withReviewsPerReviewer(problem.reviewsPerReviewer().getAsInt());
        }

        assertEquals(solver.solve(problem), solver.solve(shuffled));
    }

    @Test
    void noDocumentsNoReviews() {
        assertEquals(new Assignment(List.of(), 0), assigned(AssignmentProblem.of(reviewers(3, 1), List.of())));
    }

    @Test
    void aDeclinedDocumentIsNotGivenBackOnceRecordedAsAConflict() {
        AssignmentProblem problem = AssignmentProblem.of(reviewers(3, 1), outsideDocuments(3, 1))
                .withReviewsPerDocument(1)
                .withPreferences(List.of(new Preference(1, 1001, -9)));
        assertEquals(List.of(1L), assigned(problem).reviewersOf(1001));

        List<Reviewer> reviewers = new ArrayList<>(problem.reviewers());
        reviewers.set(0, reviewers.get(0).withConflictDocument(1001));
        AssignmentProblem afterDecline = AssignmentProblem.of(reviewers, problem.documents()).withReviewsPerDocument(1);

        assertFalse(assigned(afterDecline).reviewersOf(1001).contains(1L));
    }

    @Test
    void aLargeRoundKeepsEveryRule() {
        for (int seed = 0; seed < 5; seed++) {
            AssignmentProblem problem = RandomRounds.draw(new Random(seed), 200, 800, 3);
            AssignmentResult result = solver.solve(problem);
            if (result instanceof AssignmentResult.Assigned assigned) {
                assertEquals(List.of(), AssignmentVerifier.violations(problem, assigned.assignment()), "seed " + seed);
            } else {
                assertFalse(((AssignmentResult.Infeasible) result).reasons().isEmpty());
            }
        }
    }

    private Assignment assigned(AssignmentProblem problem) {
        AssignmentResult result = solver.solve(problem);
        Assignment assignment = assertInstanceOf(AssignmentResult.Assigned.class, result, result::toString).assignment();
        assertEquals(List.of(), AssignmentVerifier.violations(problem, assignment));
        return assignment;
    }

    private List<Infeasibility> reasons(AssignmentProblem problem) {
        AssignmentResult result = solver.solve(problem);
        return assertInstanceOf(AssignmentResult.Infeasible.class, result, result::toString).reasons();
    }

    static DocumentUnderReview document(long id, long school, long municipality) {
        return new DocumentUnderReview(id, school, municipality);
    }

    /** Schools 1..n of one municipality, unpaired. */
    static List<Reviewer> reviewers(int n, long municipality) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            reviewers.add(Reviewer.school(id, municipality, Set.of()));
        }
        return reviewers;
    }

    /** Documents 1001.. of school 900, which does not review. */
    static List<DocumentUnderReview> outsideDocuments(int n, long municipality) {
        List<DocumentUnderReview> documents = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            documents.add(document(1001 + d, 900, municipality));
        }
        return documents;
    }
}
