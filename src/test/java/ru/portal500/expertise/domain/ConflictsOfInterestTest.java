package ru.portal500.expertise.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictsOfInterestTest {

    /** School 1 (ШНОР) is curated by school 10, with curator "petrov" and mentor "ivanova". */
    private final ConflictsOfInterest rules = new ConflictsOfInterest(Map.of(1L, 10L, 2L, 20L),
            Map.of(1L, Set.of("petrov", "ivanova")));

    @Test
    void aSchoolNeverReviewsItselfNorItsPairInEitherDirection() {
        assertFalse(rules.schoolMayReview(1, 1));
        assertFalse(rules.schoolMayReview(10, 1), "the curator school");
        assertFalse(rules.schoolMayReview(1, 10), "the ШНОР it is paired with");
        assertTrue(rules.schoolMayReview(2, 1));
        assertTrue(rules.schoolMayReview(20, 1), "another pair's curator school");
    }

    @Test
    void anExpertNeverReviewsTheirSchoolTheSchoolTheyHelpNorTheirSchoolsPartner() {
        assertFalse(rules.expertMayReview("sidorov", Set.of(1L), 1), "works there");
        assertFalse(rules.expertMayReview("petrov", Set.of(), 1), "curates the school in its pair");
        assertFalse(rules.expertMayReview("ivanova", Set.of(), 1), "mentors it");
        assertFalse(rules.expertMayReview("sidorov", Set.of(10L), 1), "works at its curator school");
        assertTrue(rules.expertMayReview("petrov", Set.of(), 2), "helps another school only");
        assertTrue(rules.expertMayReview("sidorov", Set.of(20L), 1));
    }
}
