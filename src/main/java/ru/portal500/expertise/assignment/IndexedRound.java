package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The problem in the solver's terms: reviewers, municipalities and document groups by index.
 *
 * <p>A <em>document group</em> is a set of documents that every reviewer sees alike: the same author
 * school and municipality, and no single-document rule (declared conflict, declined document,
 * preference) on any of them; a document with such a rule is a group of its own. Every reviewer is
 * then eligible for all documents of a group or for none, at the same cost. A flow of {@code x ≤ size}
 * reviews from one reviewer into a group can always be spread over distinct documents of it, so the
 * groups stand for their documents without changing the optimum (see {@link CyclicFill}).
 */
final class IndexedRound {

    final AssignmentProblem problem;
    final int reviewerCount;
    final int groupCount;
    final int municipalityCount;
    final long[] municipalityIds;
    final int[] reviewerMunicipality;
    final int[] groupMunicipality;
    final int[] groupSchool;
    final int[][] groupDocuments;
    final int[] documentGroup;
    final int[] groupDemand;
    /** The most reviews one reviewer may give a group: its size, or 1 with one document per author school. */
    final int[] groupCapacity;
    final int[][] schoolGroups;
    final boolean[] schoolHasManyGroups;
    final int[][] reviewerConflictGroups;
    final int[][] municipalityGroups;
    final int[][] municipalityReviewers;
    final int[][] distance;
    final int[][] preferredGroups;
    final int[][] preferenceCosts;
    final int minimumLoad;
    final int maximumLoad;
    /** How many reviewers write the maximum load when it exceeds the minimum. */
    final int reviewersAtMaximum;
    /** Added to every review's cost in the flow network so that no arc cost is negative. */
    final long costOffset;

    IndexedRound(AssignmentProblem problem) {
        this.problem = problem;
        List<Reviewer> reviewers = problem.reviewers();
        List<DocumentUnderReview> documents = problem.documents();
        reviewerCount = reviewers.size();
        int r = problem.reviewsPerDocument();

        TreeSet<Long> municipalities = new TreeSet<>();
        reviewers.forEach(reviewer -> municipalities.add(reviewer.municipalityId()));
        documents.forEach(document -> municipalities.add(document.municipalityId()));
        municipalityIds = municipalities.stream().mapToLong(Long::longValue).toArray();
        municipalityCount = municipalityIds.length;
        Map<Long, Integer> municipalityIndex = indexOf(municipalityIds);
        distance = new int[municipalityCount][municipalityCount];
        for (int a = 0; a < municipalityCount; a++) {
            for (int b = 0; b < municipalityCount; b++) {
                int d = problem.distance().between(municipalityIds[a], municipalityIds[b]);
                if (d < 0 || d > MunicipalityDistance.MAX_COST) {
                    throw new IllegalArgumentException("distance out of range: " + d);
                }
                distance[a][b] = d;
            }
        }
        reviewerMunicipality = new int[reviewerCount];
        for (int i = 0; i < reviewerCount; i++) {
            reviewerMunicipality[i] = municipalityIndex.get(reviewers.get(i).municipalityId());
        }

        // document groups, in the order of their first document's id
        Set<Long> special = problem.documentsWithPairRules();
        Map<List<Long>, IntList> byKey = new LinkedHashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            DocumentUnderReview document = documents.get(d);
            List<Long> key = special.contains(document.id())
                    ? List.of(document.id(), -1L, -1L)
                    : List.of(document.authorSchoolId(), document.municipalityId());
            byKey.computeIfAbsent(key, k -> new IntList()).add(d);
        }
        groupCount = byKey.size();
        groupDocuments = new int[groupCount][];
        groupMunicipality = new int[groupCount];
        groupSchool = new int[groupCount];
        groupDemand = new int[groupCount];
        groupCapacity = new int[groupCount];
        documentGroup = new int[documents.size()];
        Map<Long, Integer> schoolIndex = new HashMap<>();
        List<IntList> groupsOfSchool = new ArrayList<>();
        int g = 0;
        for (IntList members : byKey.values()) {
            groupDocuments[g] = members.toArray();
            DocumentUnderReview first = documents.get(groupDocuments[g][0]);
            groupMunicipality[g] = municipalityIndex.get(first.municipalityId());
            int school = schoolIndex.computeIfAbsent(first.authorSchoolId(), id -> {
                groupsOfSchool.add(new IntList());
                return groupsOfSchool.size() - 1;
            });
            groupSchool[g] = school;
            groupsOfSchool.get(school).add(g);
            groupDemand[g] = r * members.size();
            groupCapacity[g] = problem.onePerAuthorSchool() ? 1 : members.size();
            for (int d : groupDocuments[g]) {
                documentGroup[d] = g;
            }
            g++;
        }
        schoolGroups = new int[groupsOfSchool.size()][];
        schoolHasManyGroups = new boolean[schoolGroups.length];
        for (int s = 0; s < schoolGroups.length; s++) {
            schoolGroups[s] = groupsOfSchool.get(s).toArray();
            schoolHasManyGroups[s] = schoolGroups[s].length > 1;
        }
        municipalityGroups = byMunicipality(groupMunicipality, municipalityCount);
        municipalityReviewers = byMunicipality(reviewerMunicipality, municipalityCount);

        Map<Long, Integer> documentIndex = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            documentIndex.put(documents.get(d).id(), d);
        }
        reviewerConflictGroups = new int[reviewerCount][];
        for (int i = 0; i < reviewerCount; i++) {
            Reviewer reviewer = reviewers.get(i);
            TreeSet<Integer> conflicts = new TreeSet<>();
            for (long schoolId : reviewer.conflictSchoolIds()) {
                Integer school = schoolIndex.get(schoolId);
                if (school != null) {
                    for (int group : schoolGroups[school]) {
                        conflicts.add(group);
                    }
                }
            }
            for (long documentId : reviewer.conflictDocumentIds()) {
                Integer document = documentIndex.get(documentId);
                if (document != null) {
                    conflicts.add(documentGroup[document]);
                }
            }
            reviewerConflictGroups[i] = conflicts.stream().mapToInt(Integer::intValue).toArray();
        }

        Map<Long, Integer> reviewerIndex = new HashMap<>();
        for (int i = 0; i < reviewerCount; i++) {
            reviewerIndex.put(reviewers.get(i).id(), i);
        }
        List<List<int[]>> preferencesOf = new ArrayList<>();
        for (int i = 0; i < reviewerCount; i++) {
            preferencesOf.add(new ArrayList<>());
        }
        int minPreference = 0;
        for (Preference preference : problem.preferences()) {
            int group = documentGroup[documentIndex.get(preference.documentId())];
            preferencesOf.get(reviewerIndex.get(preference.reviewerId())).add(new int[] {group, preference.cost()});
            minPreference = Math.min(minPreference, preference.cost());
        }
        preferredGroups = new int[reviewerCount][];
        preferenceCosts = new int[reviewerCount][];
        for (int i = 0; i < reviewerCount; i++) {
            List<int[]> list = preferencesOf.get(i);
            list.sort((x, y) -> Integer.compare(x[0], y[0]));
            preferredGroups[i] = list.stream().mapToInt(p -> p[0]).toArray();
            preferenceCosts[i] = list.stream().mapToInt(p -> p[1]).toArray();
        }
        costOffset = -minPreference; // distances are never negative

        minimumLoad = problem.minimumLoad();
        maximumLoad = problem.maximumLoad();
        reviewersAtMaximum = maximumLoad > minimumLoad
                ? (int) (problem.totalReviews() - (long) minimumLoad * reviewerCount) : 0;
    }

    boolean conflict(int reviewer, int group) {
        return Arrays.binarySearch(reviewerConflictGroups[reviewer], group) >= 0;
    }

    boolean eligible(int reviewer, int group) {
        return !conflict(reviewer, group)
                && !(problem.otherMunicipalityOnly() && reviewerMunicipality[reviewer] == groupMunicipality[group]);
    }

    /** Whether the municipality rule allows reviewers of {@code a} documents of {@code b}. */
    boolean municipalitiesAllowed(int a, int b) {
        return !(problem.otherMunicipalityOnly() && a == b);
    }

    /** The objective's cost of one review of the group by the reviewer (without the offset). */
    long cost(int reviewer, int group) {
        long cost = distance[reviewerMunicipality[reviewer]][groupMunicipality[group]];
        int at = Arrays.binarySearch(preferredGroups[reviewer], group);
        return at >= 0 ? cost + preferenceCosts[reviewer][at] : cost;
    }

    int documentCount() {
        return documentGroup.length;
    }

    private static Map<Long, Integer> indexOf(long[] ids) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }

    private static int[][] byMunicipality(int[] municipalityOf, int municipalityCount) {
        IntList[] lists = new IntList[municipalityCount];
        for (int m = 0; m < municipalityCount; m++) {
            lists[m] = new IntList();
        }
        for (int x = 0; x < municipalityOf.length; x++) {
            lists[municipalityOf[x]].add(x);
        }
        int[][] result = new int[municipalityCount][];
        for (int m = 0; m < municipalityCount; m++) {
            result[m] = lists[m].toArray();
        }
        return result;
    }
}
