package ru.portal500.expertise.domain;

import java.util.Map;
import java.util.Set;

/**
 * Who may not review whose documents in a campaign: nobody reviews their own school's document, nor a school
 * they are paired with (the curator school of a ШНОР, or the ШНОР a school curates), nor a school they curate,
 * mentor or tutor. Conflicts a reviewer declares themselves are kept on their reviews and added by the caller.
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

    private boolean paired(long one, long other) {
        return Long.valueOf(other).equals(curatorSchoolOf.get(one)) || Long.valueOf(one).equals(curatorSchoolOf.get(other));
    }
}
