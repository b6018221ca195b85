package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryAuthor;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.ReviewState;
import ru.portal500.contests.infrastructure.JudgingRepository;
import ru.portal500.contests.judging.EntryParties;
import ru.portal500.contests.judging.JurorTies;
import ru.portal500.expertise.domain.ConflictsOfInterest;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.registry.domain.CuratorPair;
import ru.portal500.registry.domain.PairHelper;
import ru.portal500.tenancy.domain.Scope;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What ties jurors to the entries of a contest, read from the portal's own structure: each juror's home school
 * (their person record), the schools paired with it and the schools they curate, mentor or tutor (the region's
 * pairs of the contest's year), the people they co-authored entries with, the entries they are an author of, and the
 * conflicts they declared. The assignment and every opening of an entry by a juror ask here, region-wide, whoever
 * the caller is.
 */
@ApplicationScoped
public class JuryTies {

    @Inject
    JudgingRepository judging;

    @Inject
    PersonRecords people;

    /** Who an entry comes from, for the conflicts: its id, its school and its authors. */
    public static EntryParties parties(ContestEntry entry) {
        return new EntryParties(entry.getId(), entry.getSchoolId(),
                entry.getAuthors().stream().map(EntryAuthor::getUsername).collect(Collectors.toSet()));
    }

    /**
     * The ties of each juror named.
     *
     * @param entries the contest's entries, or at least those the jurors named authored (for authorship)
     * @param reviews the contest's reviews, or at least the jurors' own (for the conflicts they declared)
     */
    public Map<String, JurorTies> of(Contest contest, Collection<String> jurors, List<ContestEntry> entries,
                                     List<EntryReview> reviews) {
        String region = contest.getRegion().getCode();
        Map<String, Scope> homes = people.homesIn(region, jurors);
        Map<String, Long> schoolIds = judging.schoolIds(region, homes.values());
        ConflictsOfInterest pairs = pairs(judging.pairs(contest));
        Map<String, Set<String>> coAuthors = new HashMap<>();
        for (Object[] row : judging.coAuthorships(contest, jurors)) {
            coAuthors.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        Map<String, JurorTies> ties = new HashMap<>();
        for (String juror : new HashSet<>(jurors)) {
            Scope home = homes.get(juror);
            Long homeSchool = home == null || home.level() != Scope.Level.SCHOOL ? null
                    : schoolIds.get(home.municipality() + "/" + home.school());
            Set<Long> authored = entries.stream().filter(e -> e.isAuthor(juror)).map(ContestEntry::getId)
                    .collect(Collectors.toSet());
            Set<Long> declared = reviews.stream()
                    .filter(r -> r.getJuror().equals(juror) && r.getState() == ReviewState.DECLARED)
                    .map(r -> r.getEntry().getId()).collect(Collectors.toSet());
            ties.put(juror, JurorTies.fromPairs(pairs, juror, homeSchool)
                    .withCoAuthors(coAuthors.getOrDefault(juror, Set.of()))
                    .withAuthoredEntries(authored).withDeclaredEntries(declared));
        }
        return ties;
    }

    private static ConflictsOfInterest pairs(List<CuratorPair> pairs) {
        Map<Long, Long> curatorSchoolOf = new HashMap<>();
        Map<Long, Set<String>> helpersOf = new HashMap<>();
        for (CuratorPair pair : pairs) {
            curatorSchoolOf.put(pair.getSchool().getId(), pair.getCuratorSchoolId());
            helpersOf.computeIfAbsent(pair.getSchool().getId(), k -> new HashSet<>()).addAll(
                    pair.getHelpers().stream().map(PairHelper::getUsername).collect(Collectors.toSet()));
        }
        return new ConflictsOfInterest(curatorSchoolOf, helpersOf);
    }
}
