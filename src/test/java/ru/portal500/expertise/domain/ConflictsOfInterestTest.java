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

    /** School 1 is in municipality 100, school 2 in municipality 200, curator school 10 in municipality 100. */
    @Test
    void anExpertsHomeFromTheirRecordCountsAsTheirOwnSchoolAndMunicipality() {
        ConflictsOfInterest.ExpertPlaces atSchool2 = new ConflictsOfInterest.ExpertPlaces("sidorov", Set.of(), 2L, 200L);
        assertFalse(rules.expertMayReview(atSchool2, 2, 200, false), "their home school, though they hold no role there");
        assertTrue(rules.expertMayReview(atSchool2, 1, 100, true), "another municipality's school");
        ConflictsOfInterest.ExpertPlaces atSchool10 = new ConflictsOfInterest.ExpertPlaces("sidorov", Set.of(), 10L, 100L);
        assertFalse(rules.expertMayReview(atSchool10, 1, 100, false), "the ШНОР their home school curates");

        ConflictsOfInterest.ExpertPlaces inMunicipality100 = new ConflictsOfInterest.ExpertPlaces("sidorov", Set.of(),
                null, 100L);
        assertTrue(rules.expertMayReview(inMunicipality100, 2, 100, false), "own municipality, where the round allows it");
        assertFalse(rules.expertMayReview(inMunicipality100, 2, 100, true), "own municipality in a round for others only");
        assertTrue(rules.expertMayReview(inMunicipality100, 2, 200, true));

        ConflictsOfInterest.ExpertPlaces nowhere = new ConflictsOfInterest.ExpertPlaces("petrov", Set.of(), null, null);
        assertTrue(rules.expertMayReview(nowhere, 2, 200, true), "no home known: only the other conflicts count");
        assertFalse(rules.expertMayReview(nowhere, 1, 100, true), "curates the school in its pair");
    }
}
