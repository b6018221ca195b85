package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * The infeasibilities visible without solving: a load that does not add up, a document with fewer
 * eligible reviewers than reviews, a reviewer with fewer eligible documents (or author schools, with
 * one document per author school) than its minimum load. Counting runs over the conflicts only.
 */
final class EligibilityCheck {

    private EligibilityCheck() {
    }

    static List<Infeasibility> of(IndexedRound round) {
        AssignmentProblem problem = round.problem;
        List<Infeasibility> reasons = new ArrayList<>();
        if (problem.reviewsPerReviewer().isPresent()) {
            long places = (long) round.reviewerCount * problem.reviewsPerReviewer().getAsInt();
            if (places != problem.totalReviews()) {
                reasons.add(new Infeasibility(Infeasibility.Reason.LOAD_DOES_NOT_ADD_UP, 0,
                        problem.totalReviews(), places));
                return reasons;
            }
        }
        boolean otherOnly = problem.otherMunicipalityOnly();
        int[] ineligibleReviewers = new int[round.groupCount];
        long[] documentsIn = new long[round.municipalityCount];
        for (int g = 0; g < round.groupCount; g++) {
            documentsIn[round.groupMunicipality[g]] += round.groupDocuments[g].length;
        }
        for (int i = 0; i < round.reviewerCount; i++) {
            for (int g : round.reviewerConflictGroups[i]) {
                if (!(otherOnly && round.groupMunicipality[g] == round.reviewerMunicipality[i])) {
                    ineligibleReviewers[g]++;
                }
            }
        }
        for (int g = 0; g < round.groupCount; g++) {
            int sameMunicipality = otherOnly ? round.municipalityReviewers[round.groupMunicipality[g]].length : 0;
            int eligible = round.reviewerCount - sameMunicipality - ineligibleReviewers[g];
            if (eligible < problem.reviewsPerDocument()) {
                for (int d : round.groupDocuments[g]) {
                    reasons.add(new Infeasibility(Infeasibility.Reason.TOO_FEW_ELIGIBLE_REVIEWERS,
                            problem.documents().get(d).id(), problem.reviewsPerDocument(), eligible));
                }
            }
        }
        if (round.minimumLoad > 0) {
            for (int i = 0; i < round.reviewerCount; i++) {
                long eligible = problem.onePerAuthorSchool() ? eligibleSchools(round, i) : eligibleDocuments(round, i, documentsIn);
                if (eligible < round.minimumLoad) {
                    reasons.add(new Infeasibility(Infeasibility.Reason.TOO_FEW_ELIGIBLE_DOCUMENTS,
                            problem.reviewers().get(i).id(), round.minimumLoad, eligible));
                }
            }
        }
        return reasons;
    }

    private static long eligibleDocuments(IndexedRound round, int i, long[] documentsIn) {
        long eligible = round.documentCount();
        if (round.problem.otherMunicipalityOnly()) {
            eligible -= documentsIn[round.reviewerMunicipality[i]];
        }
        for (int g : round.reviewerConflictGroups[i]) {
            if (round.municipalitiesAllowed(round.reviewerMunicipality[i], round.groupMunicipality[g])) {
                eligible -= round.groupDocuments[g].length;
            }
        }
        return eligible;
    }

    /** Author schools with at least one document the reviewer may review. */
    private static long eligibleSchools(IndexedRound round, int i) {
        long eligible = 0;
        for (int[] groups : round.schoolGroups) {
            for (int g : groups) {
                if (round.eligible(i, g)) {
                    eligible++;
                    break;
                }
            }
        }
        return eligible;
    }
}
