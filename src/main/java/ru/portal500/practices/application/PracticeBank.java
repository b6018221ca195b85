package ru.portal500.practices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.shared.files.FileNames;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.practices.domain.ContestOrigin;
import ru.portal500.practices.domain.Practice;
import ru.portal500.practices.domain.PracticeFile;
import ru.portal500.practices.infrastructure.PracticeRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.InvalidRequestException;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.application.Territories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The practice bank: a region's operator (any place of the region) or a municipality's coordinator (a
 * place of their municipality) publishes; everyone, visitors included, reads.
 */
@ApplicationScoped
public class PracticeBank {

    /** The most practices a page lists at once. */
    public static final int MAX_PAGE = 100;

    @Inject
    AccessGuard guard;

    @Inject
    PracticeRepository practices;

    @Inject
    Territories territories;

    @Inject
    DocumentStorage storage;

    @Inject
    Event<PracticePublished> published;

    Clock clock = Clock.systemUTC();

    /** A practice entered or changed the bank (the search index listens). */
    public record PracticePublished(long practiceId) {
    }

    /** Where a practice comes from: a school, or a whole municipality (codes; the school's may be null). */
    public record Place(String regionCode, String municipalityCode, String schoolCode) {
    }

    @Transactional
    public Practice publish(Place place, Practice.Description description) {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR),
                "practices.publish");
        Region region = guard.requireFound(territories.findRegion(guard.region(place.regionCode()).region()),
                "region");
        Municipality municipality = place.municipalityCode() == null ? null : guard.requireFound(
                territories.findMunicipality(region.getCode(), place.municipalityCode()), "municipality");
        School school = place.schoolCode() == null || municipality == null ? null : guard.requireFound(
                territories.findSchool(region.getCode(), municipality.getCode(), place.schoolCode()), "school");
        Scope scope = municipality == null ? Scope.ofRegion(region.getCode())
                : Scope.ofMunicipality(region.getCode(), municipality.getCode());
        Caller caller = guard.caller();
        guard.require(caller.holds(Role.REGIONAL_OPERATOR, scope) || caller.holds(Role.MUNICIPAL_COORDINATOR, scope),
                scope, "practices.publish");
        Practice practice = practices.add(new Practice(region, municipality, school, description,
                new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant())));
        practices.flush();
        published.fire(new PracticePublished(practice.getId()));
        return practice;
    }

    /**
     * A contest's entry into the bank with its files (already stored by content) and where it came from, published
     * by the contest's organiser: the contests context checks that right before it calls here. An entry goes in
     * once; asked again, its practice is returned as it is.
     *
     * @param school the entering school, or null when the caller cannot see it (the practice is then the region's)
     */
    @Transactional
    public Practice fromContest(Region region, School school, Practice.Description description, ContestOrigin origin,
                                List<PracticeFile> files) {
        Optional<Practice> already = practices.ofEntry(origin.getEntryId());
        if (already.isPresent()) {
            return already.get();
        }
        Caller caller = guard.caller();
        Practice practice = practices.add(Practice.fromContest(region, school, description, origin,
                new ChangeStamp(caller.getUsername(), caller.getFullName(), clock.instant())));
        files.forEach(practice::attach);
        practices.flush();
        published.fire(new PracticePublished(practice.getId()));
        return practice;
    }

    /** The practice a contest's entry became, if it is in the bank. */
    public Optional<Practice> ofEntry(long entryId) {
        return practices.ofEntry(entryId);
    }

    /** The practices a contest's entries became, entry id → practice id. */
    public java.util.Map<Long, Long> ofContest(long contestId) {
        return practices.ofContest(contestId);
    }

    /** Attaches a file (stored by content, like documents), by whoever may publish in the practice's place. */
    @Transactional
    public Practice attach(String regionCode, long practiceId, String fileName, InputStream content) {
        Practice practice = read(practiceId);
        if (!practice.getRegionCode().equals(regionCode)) {
            throw new NoSuchResourceException();
        }
        Scope scope = practice.getMunicipalityCode() == null ? Scope.ofRegion(practice.getRegionCode())
                : Scope.ofMunicipality(practice.getRegionCode(), practice.getMunicipalityCode());
        Caller caller = guard.caller();
        guard.require(caller.holds(Role.REGIONAL_OPERATOR, scope) || caller.holds(Role.MUNICIPAL_COORDINATOR, scope),
                scope, "practices.attach");
        StoredFile stored;
        try {
            stored = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
        practice.attach(new PracticeFile(stored.sha256(), FileNames.clean(fileName), stored.mediaType(),
                stored.size()));
        published.fire(new PracticePublished(practice.getId()));
        return practice;
    }

    public Practice read(long id) {
        return find(id).orElseThrow(NoSuchResourceException::new);
    }

    /** A practice, if the bank has it (the search index drops one that is gone). */
    public Optional<Practice> find(long id) {
        return practices.find(id);
    }

    /** For each of these contents, the practices that hold a file with it (the same file offered again). */
    public java.util.Map<String, List<Practice>> holdingFiles(Collection<String> sha256s) {
        java.util.Map<String, List<Practice>> holders = new java.util.HashMap<>();
        for (Object[] row : practices.holdingFiles(sha256s)) {
            holders.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((Practice) row[1]);
        }
        return holders;
    }

    /** Every practice's id (a full rebuild of the search index). */
    public List<Long> ids() {
        return practices.ids();
    }

    /** A file of a practice (its position from 1). */
    public PracticeFile file(long id, int number) {
        List<PracticeFile> files = read(id).getFiles();
        if (number < 1 || number > files.size()) {
            throw new NoSuchResourceException();
        }
        return files.get(number - 1);
    }

    public List<Practice> newest(String regionCode, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new InvalidRequestException("practices.error.page", MAX_PAGE);
        }
        return practices.newest(regionCode, first, max);
    }

    public long count(String regionCode) {
        return practices.count(regionCode);
    }

    /** "Practices for your risks": those addressing the risk factors (federal numbers) a school chose. */
    public List<Practice> addressing(Collection<Integer> federalNumbers, int max) {
        return practices.addressing(federalNumbers, Math.min(max, MAX_PAGE));
    }
}
