package ru.portal500.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.people.domain.NotificationKind;
import ru.portal500.people.domain.PersonRecord;
import ru.portal500.people.infrastructure.PersonRepository;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person record's use cases: made or refreshed from the caller's token (at login, or when they first open
 * their profile through the API), the person's own choices, and the home organisation a coordinator sets.
 */
@ApplicationScoped
public class PersonRecords {

    @Inject
    Event<HomeChanged> homeChanged;

    @Inject
    PersonRepository records;

    @Inject
    AccessGuard guard;

    @Inject
    TerritoryDirectory territories;

    Clock clock = Clock.systemUTC();

    /** The caller logged in: their record is made or refreshed from the token; returns their language. */
    @Transactional
    public String noticeLogin() {
        return refreshed(guard.caller()).getLanguage();
    }

    /** The caller's own record (made from the token if it is not there yet). */
    @Transactional
    public PersonView mine() {
        return view(refreshed(guard.caller()));
    }

    @Transactional
    public PersonView chooseLanguage(String languageTag) {
        PersonRecord record = own();
        record.chooseLanguage(languageTag, guard.caller().getUsername(), clock.instant());
        return view(record);
    }

    @Transactional
    public PersonView takeOnlyInPortal(Set<NotificationKind> kinds) {
        PersonRecord record = own();
        record.takeOnlyInPortal(kinds, guard.caller().getUsername(), clock.instant());
        return view(record);
    }

    /** Every mail in the daily digest, or each at once. */
    @Transactional
    public PersonView takeMailInDigest(boolean digest) {
        PersonRecord record = own();
        record.takeMailInDigest(digest, guard.caller().getUsername(), clock.instant());
        return view(record);
    }

    @Transactional
    public PersonView consent() {
        PersonRecord record = own();
        record.consent(guard.caller().getUsername(), clock.instant());
        return view(record);
    }

    /**
     * A coordinator (or regional operator) sets a person's home organisation: a municipality or school they
     * administer, for a person whose record they see (another municipality's person is not found: 404).
     */
    @Transactional
    public PersonView setHome(String username, String homePath) {
        Scope home = parseHome(homePath);
        guard.require(guard.caller().administers(home), home, "people.home");
        PersonRecord record = guard.requireFound(username == null ? java.util.Optional.empty()
                : records.byUsername(username.strip()), "person");
        if (territories.placeName(home).isEmpty()) {
            throw new InvalidRequestException("profile.error.unknownPlace", home.toString());
        }
        Optional<Scope> before = record.getHome();
        record.setHomeBy(home, guard.caller().getUsername(), clock.instant());
        homeChanged.fire(new HomeChanged(home.region()));
        before.map(Scope::region).filter(region -> !region.equals(home.region()))
                .ifPresent(region -> homeChanged.fire(new HomeChanged(region)));
        return view(record);
    }

    /** A person's record as an administrator of their municipality or region sees it. */
    @Transactional
    public PersonView person(String username) {
        return view(guard.requireFound(username == null ? java.util.Optional.empty()
                : records.byUsername(username.strip()), "person"));
    }

    /**
     * The home organisations (a school or a municipality) of these people, by login, from the region's records
     * whatever the caller sees: conflicts of interest must hold when an organiser assigns and when a declining
     * reviewer's replacement is chosen (the reviewer sees no other expert's record). For the portal's own checks
     * only; people without a home are left out.
     */
    @Transactional
    public Map<String, Scope> homesIn(String regionCode, Collection<String> usernames) {
        Map<String, Scope> homes = new HashMap<>();
        records.byUsernamesInRegion(regionCode, Set.copyOf(usernames))
                .forEach(r -> r.getHome().ifPresent(h -> homes.put(r.getUsername(), h)));
        return homes;
    }

    /** A person of a school as a colleague sees them: login and name. */
    public record Colleague(String username, String fullName) {
    }

    /**
     * The people whose home organisation is this school (their logins and names), for the portal's own use where a
     * caller already let into the school chooses among its people (an entry's authors). Not a read of the records.
     */
    @Transactional
    public List<Colleague> peopleAt(Scope school) {
        return records.homedAt(school).stream().map(r -> new Colleague(r.getUsername(), r.getFullName())).toList();
    }

    /** The records the caller sees besides their own (those of the municipalities or regions they manage). */
    @Transactional
    public List<PersonView> managed() {
        Caller caller = guard.caller();
        return records.visible().stream().filter(r -> !r.getSubject().equals(caller.getSubject()))
                .map(this::view).toList();
    }

    private PersonRecord own() {
        return refreshed(guard.caller());
    }

    private PersonRecord refreshed(Caller caller) {
        if (!caller.isAuthenticated()) {
            throw new ru.portal500.shared.domain.AccessDeniedException();
        }
        Instant now = clock.instant();
        Set<Scope> places = places(caller.getGrants());
        return records.bySubject(caller.getSubject()).map(record -> {
            record.loggedIn(caller.getUsername(), caller.getFullName(), caller.getEmail(), places, now);
            return record;
        }).orElseGet(() -> {
            PersonRecord record = new PersonRecord(caller.getSubject(), caller.getUsername(), caller.getFullName(),
                    caller.getEmail(), caller.getUsername(), now);
            record.loggedIn(caller.getUsername(), caller.getFullName(), caller.getEmail(), places, now);
            records.add(record);
            return record;
        });
    }

    static Set<Scope> places(Collection<Grant> grants) {
        return grants.stream().map(Grant::scope).collect(Collectors.toSet());
    }

    private static Scope parseHome(String path) {
        try {
            Scope home = Scope.parse(path == null ? "" : path.strip());
            if (home.level() == Scope.Level.REGION) {
                throw new InvalidRequestException("profile.error.homeLevel");
            }
            return home;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("profile.error.home", String.valueOf(path));
        }
    }

    private PersonView view(PersonRecord record) {
        String homeName = record.getHome().flatMap(territories::placeName).orElse(null);
        return PersonView.of(record, homeName, path -> {
            try {
                return territories.describe(Scope.parse(path));
            } catch (IllegalArgumentException e) {
                return path;
            }
        });
    }
}
