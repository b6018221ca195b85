package ru.portal500.expertise.domain;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may not review whose documents in a campaign: nobody reviews their own school's document, nor a school
 * they are paired with (the curator school of a ШНОР, or the ШНОР a school curates), nor a school they curate,
 * mentor or tutor; an expert's home organisation (their person record) counts as their own school or municipality. Conflicts a reviewer declares themselves are kept on their reviews and added by the caller.
 *
 * @param curatorSchoolOf a supported school's id → its curator school's id, for the campaign's pairs
 * @param helpersOf       a supported school's id → the usernames of the pair's curators, mentors and tutors
 */
public record ConflictsOfInterest(Map<Long, Long> curatorSchoolOf, Map<Long, Set<String>> helpersOf) {

    public ConflictsOfInterest {
        curatorSchoolOf = Map.copyOf(curatorSchoolOf);
        helpersOf = Map.copyOf(helpersOf);
    }

    /** A school reviewing another school's document (взаимоэкспертиза). */
    public boolean schoolMayReview(long reviewerSchool, long authorSchool) {
        return reviewerSchool != authorSchool && !paired(reviewerSchool, authorSchool);
    }

    /**
     * An expert reviewing a school's document.
     *
     * @param expertSchools the schools where the expert holds any role (works there, curates it)
     */
    public boolean expertMayReview(String username, Set<Long> expertSchools, long authorSchool) {
        if (expertSchools.contains(authorSchool) || helpersOf.getOrDefault(authorSchool, Set.of()).contains(username)) {
            return false;
        }
        return expertSchools.stream().noneMatch(own -> paired(own, authorSchool));
    }

    /**
     * An expert with the places of their person record: besides the conflicts above, never a document of their
     * home school and, in a round for other municipalities only, never one of their home municipality.
     *
     * @param authorMunicipality the municipality of the author school
     */
    public boolean expertMayReview(ExpertPlaces expert, long authorSchool, long authorMunicipality,
                                   boolean otherMunicipalitiesOnly) {
        if (expert.homeSchool() != null && expert.homeSchool() == authorSchool) {
            return false;
        }
        if (otherMunicipalitiesOnly && expert.homeMunicipality() != null
                && expert.homeMunicipality() == authorMunicipality) {
            return false;
        }
        return expertMayReview(expert.username(), expert.schools(), authorSchool);
    }

    /**
     * Where an expert is: the schools where they hold any role, and their home organisation from their person
     * record (a school, with its municipality; or a municipality only; null where nobody set one).
     */
    public record ExpertPlaces(String username, Set<Long> schools, Long homeSchool, Long homeMunicipality) {

        public ExpertPlaces {
            schools = homeSchool == null ? Set.copyOf(schools) : Stream.concat(schools.stream(),
                    Stream.of(homeSchool)).collect(Collectors.toUnmodifiableSet());
        }
    }

    private boolean paired(long one, long other) {
        return Long.valueOf(other).equals(curatorSchoolOf.get(one)) || Long.valueOf(one).equals(curatorSchoolOf.get(other));
    }
}
