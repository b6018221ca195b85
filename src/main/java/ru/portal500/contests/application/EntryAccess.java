package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.Entrant;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.ContestGrant;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.application.Territories;
import ru.portal500.tenancy.domain.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what with a contest's entries, in one place. An entry's entrant side (the team of the entering school,
 * or the teacher who entered in their own name) changes, submits and withdraws it; its authors read it and give
 * their consent; the contest's organisers read every entry but drafts and decide on its eligibility. Anyone else —
 * another school's team, a draft's reader who is not its entrant, another contest's organiser — finds no such entry
 * (an audited 404); a reader who may not act is refused on record (403).
 */
@ApplicationScoped
public class EntryAccess {

    /** Audit codes of what a refusal was about. */
    static final String CHANGE = "contests.entry.change";
    static final String CHECK = "contests.entry.check";

    @Inject
    AccessGuard guard;

    @Inject
    ContestAccess contests;

    @Inject
    EntryRepository entries;

    @Inject
    Territories territories;

    /** Whether the caller speaks for the entry: its school's team, or the teacher who entered in their own name. */
    public static boolean speaksFor(Caller caller, ContestEntry entry) {
        return entry.getKind() == EntrantKind.SCHOOL ? caller.holds(Role.SCHOOL_TEAM, entry.school())
                : caller.getUsername() != null && caller.getUsername().equals(entry.getEntrant());
    }

    /** Whether the caller may read the entry (see the class). */
    public boolean mayRead(Caller caller, ContestEntry entry) {
        return speaksFor(caller, entry) || entry.isAuthor(caller.getUsername())
                || entry.getState().isSeenByOrganisers() && contests.mayOrganise(caller, entry.getContest());
    }

    /** An entry the caller may read; any other is not found (on record). */
    public ContestEntry entryToRead(long id) {
        Caller caller = guard.caller();
        Optional<ContestEntry> found = entries.entry(id).or(() -> granted(caller, id))
                .filter(e -> mayRead(caller, e));
        return guard.requireFound(found, "contest-entry/" + id);
    }

    /**
     * The entry if the caller may read it, nothing otherwise, with nothing put on record: for telling whether a
     * reference to it (a near-copy) may name it.
     */
    public Optional<ContestEntry> readable(long id) {
        Caller caller = guard.caller();
        return entries.entry(id).or(() -> granted(caller, id)).filter(e -> mayRead(caller, e));
    }

    /** Whether the caller organises the entry's contest (its eligibility check is theirs). */
    public boolean checks(ContestEntry entry) {
        return contests.mayOrganise(guard.caller(), entry.getContest());
    }

    /** An entry the caller speaks for. */
    public ContestEntry entryToChange(long id) {
        ContestEntry entry = entryToRead(id);
        guard.require(speaksFor(guard.caller(), entry), entry.school(), CHANGE);
        return entry;
    }

    /** An entry of a contest the caller organises, for the eligibility check. */
    public ContestEntry entryToCheck(long id) {
        ContestEntry entry = entryToRead(id);
        guard.require(contests.mayOrganise(guard.caller(), entry.getContest()), entry.getContest().scope(), CHECK);
        return entry;
    }

    private Optional<ContestEntry> granted(Caller caller, long id) {
        return caller.getContestGrants().stream().map(ContestGrant::region).distinct()
                .map(region -> entries.granted(id, region)).flatMap(Optional::stream)
                .filter(e -> caller.organisesContest(e.getContest().getId())).findFirst();
    }

    /**
     * Whom the caller may enter the contest as: the team of each school of the contest's region they are in, and
     * themselves as a teacher of such a school. Whether the call admits each is the contest's rule.
     */
    public List<Entrant> entrantsFor(Contest contest) {
        Caller caller = guard.caller();
        String region = contest.getRegion().getCode();
        List<Entrant> entrants = new ArrayList<>();
        caller.getGrants().stream()
                .filter(g -> g.scope().level() == Scope.Level.SCHOOL && region.equals(g.scope().region()))
                .filter(g -> g.role() == Role.SCHOOL_TEAM || g.role() == Role.TEACHER)
                .sorted(Comparator.comparing((Grant g) -> g.role()).thenComparing(g -> g.scope().toString()))
                .forEach(g -> territories.findSchool(g.scope().region(), g.scope().municipality(), g.scope().school())
                        .ifPresent(school -> entrants.add(new Entrant(
                                g.role() == Role.SCHOOL_TEAM ? EntrantKind.SCHOOL : EntrantKind.TEACHER,
                                school.getId(), school.scope(), school.getName(), caller.getUsername(),
                                caller.getFullName()))));
        return entrants;
    }

    /** The schools (as scope paths) whose team the caller is in. */
    public List<String> teamSchools() {
        return guard.caller().getGrants().stream().filter(g -> g.role() == Role.SCHOOL_TEAM)
                .filter(g -> g.scope().level() == Scope.Level.SCHOOL).map(g -> g.scope().groupPath()).toList();
    }
}
