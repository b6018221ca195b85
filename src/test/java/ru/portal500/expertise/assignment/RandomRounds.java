package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random rounds of a given size, with pairs, declared conflicts, preferences, distances and every option. */
final class RandomRounds {

    private RandomRounds() {
    }

    /**
     * @param reviewers   how many reviewing schools (or experts, on a coin toss)
     * @param documents   how many documents
     * @param maxReviews  the largest r to draw
     */
    static AssignmentProblem draw(Random random, int reviewers, int documents, int maxReviews) {
        int municipalities = 1 + random.nextInt(3);
        boolean experts = random.nextInt(4) == 0;
        int schools = Math.max(2, experts ? reviewers / 2 + 1 : reviewers);
        long[] schoolMunicipality = new long[schools + 2];
        for (int s = 0; s < schoolMunicipality.length; s++) {
            schoolMunicipality[s] = 1 + random.nextInt(municipalities);
        }
        List<Set<Long>> paired = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            paired.add(new HashSet<>());
        }
        for (int s = 0; s < schools; s++) {
            if (random.nextInt(3) == 0) {
                int other = random.nextInt(schools);
                if (other != s) {
                    paired.get(s).add(schoolId(other));
                    paired.get(other).add(schoolId(s));
                }
            }
        }
        List<DocumentUnderReview> docs = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            int school = random.nextInt(schoolMunicipality.length); // the last two schools do not review
            docs.add(new DocumentUnderReview(500 + d, schoolId(school), schoolMunicipality[school]));
        }
        List<Reviewer> list = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            Set<Long> declared = new HashSet<>();
            for (DocumentUnderReview doc : docs) {
                if (random.nextInt(12) == 0) {
                    declared.add(doc.id());
                }
            }
            if (experts) {
                int school = random.nextInt(schools);
                Set<Long> curated = new HashSet<>(paired.get(school));
                if (random.nextBoolean()) {
                    curated.add(schoolId(random.nextInt(schools)));
                }
                list.add(Reviewer.expert(900 + i, schoolMunicipality[school], schoolId(school), curated, declared));
            } else {
                Reviewer school = Reviewer.school(schoolId(i), schoolMunicipality[i], paired.get(i));
                list.add(new Reviewer(school.id(), school.municipalityId(), school.conflictSchoolIds(), declared));
            }
        }
        List<Preference> preferences = new ArrayList<>();
        for (Reviewer reviewer : list) {
            for (DocumentUnderReview doc : docs) {
                if (random.nextInt(6) == 0) {
                    preferences.add(new Preference(reviewer.id(), doc.id(), random.nextInt(11) - 5));
                }
            }
        }
        int[][] km = new int[municipalities + 1][municipalities + 1];
        for (int a = 1; a <= municipalities; a++) {
            for (int b = 1; b <= municipalities; b++) {
                km[a][b] = a == b ? 0 : 1 + random.nextInt(9);
            }
        }
        int r = 1 + random.nextInt(maxReviews);
        AssignmentProblem problem = AssignmentProblem.of(list, docs)
                .withReviewsPerDocument(r)
                .withOtherMunicipalityOnly(random.nextInt(4) == 0)
                .withOnePerAuthorSchool(random.nextInt(4) == 0)
                .withDistance((a, b) -> km[(int) a][(int) b])
                .withPreferences(random.nextBoolean() ? preferences : List.of());
        if (random.nextInt(5) == 0) {
            int k = (int) Math.max(0, Math.round((double) documents * r / reviewers));
            problem = problem.withReviewsPerReviewer(k);
        }
        return problem;
    }

    static long schoolId(int index) {
        return 100 + index;
    }
}
