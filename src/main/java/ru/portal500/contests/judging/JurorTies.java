package ru.portal500.contests.judging;

import ru.portal500.expertise.domain.ConflictsOfInterest;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What ties a juror to schools, people and entries, as the portal's structure knows it.
 *
 * @param juror             the juror's id (a username or person id: the same kind of id as the entries' authors)
 * @param homeSchool        the school of the juror's person record (their home organisation); null when none
 * @param pairSchools       the schools in a pair with the juror's school: its curator school, or the schools it
 *                          curates
 * @param helpedSchools     the schools the juror curates, mentors or tutors in a pair
 * @param coAuthors         the people the juror co-authored work with (other entries, practices in the bank)
 * @param authoredEntries   the entries of the contest the juror is an author of
 * @param declaredEntries   the entries the juror declared a conflict with
 */
public record JurorTies(String juror, Long homeSchool, Set<Long> pairSchools, Set<Long> helpedSchools,
                        Set<String> coAuthors, Set<Long> authoredEntries, Set<Long> declaredEntries) {

    public JurorTies {
        Objects.requireNonNull(juror, "juror");
        pairSchools = Set.copyOf(pairSchools);
        helpedSchools = Set.copyOf(helpedSchools);
        coAuthors = Set.copyOf(coAuthors);
        authoredEntries = Set.copyOf(authoredEntries);
        declaredEntries = Set.copyOf(declaredEntries);
    }

    /** A juror with a home school (or none) and no other tie yet. */
    public static JurorTies of(String juror, Long homeSchool) {
        return new JurorTies(juror, homeSchool, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * A juror's ties to schools as a campaign's pairs give them — the same structure mutual expertise uses
     * ({@link ConflictsOfInterest}): the schools paired with their home school, and the schools whose pair names
     * them as a curator, mentor or tutor.
     */
    public static JurorTies fromPairs(ConflictsOfInterest pairs, String juror, Long homeSchool) {
        Set<Long> paired = new HashSet<>();
        if (homeSchool != null) {
            for (Map.Entry<Long, Long> pair : pairs.curatorSchoolOf().entrySet()) {
                if (pair.getKey().equals(homeSchool)) {
                    paired.add(pair.getValue());
                }
                if (pair.getValue().equals(homeSchool)) {
                    paired.add(pair.getKey());
                }
            }
        }
        Set<Long> helped = new HashSet<>();
        pairs.helpersOf().forEach((school, helpers) -> {
            if (helpers.contains(juror)) {
                helped.add(school);
            }
        });
        return new JurorTies(juror, homeSchool, paired, helped, Set.of(), Set.of(), Set.of());
    }

    public JurorTies withCoAuthors(Set<String> people) {
        return new JurorTies(juror, homeSchool, pairSchools, helpedSchools, people, authoredEntries, declaredEntries);
    }

    public JurorTies withAuthoredEntries(Set<Long> entries) {
        return new JurorTies(juror, homeSchool, pairSchools, helpedSchools, coAuthors, entries, declaredEntries);
    }

    public JurorTies withDeclaredEntries(Set<Long> entries) {
        return new JurorTies(juror, homeSchool, pairSchools, helpedSchools, coAuthors, authoredEntries, entries);
    }
}
