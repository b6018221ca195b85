package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.roadmaps.domain.RoadmapRuleException;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.domain.RoadmapRights;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.application.Territories;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a roadmap request names — a roadmap by id, or the roadmap of a school, a municipality or the region in a
 * campaign — through scoped queries (outside the caller's scope: 404), and refuses (403, on record) what the caller
 * may not do there.
 */
@ApplicationScoped
public class RoadmapAccess {

    @Inject
    AccessGuard guard;

    @Inject
    RoadmapRepository roadmaps;

    @Inject
    SupportedSchools schools;

    @Inject
    CampaignRecords records;

    @Inject
    Territories territories;

    Clock clock = Clock.systemDefaultZone();

    /** A roadmap and the caller's rights on it. */
    public record Found(Roadmap roadmap, RoadmapRights rights) {
    }

    /**
     * Whose roadmap a request names, in which campaign, with the caller's rights there, and the roadmap once it is
     * begun.
     */
    public record Place(Campaign campaign, RoadmapLevel level, Municipality municipality, School school,
                        RoadmapRights rights, Optional<Roadmap> roadmap) {

        public String ownerKey() {
            Scope scope = scope();
            return scope.groupPath().substring(1);
        }

        public Scope scope() {
            return school != null ? school.scope() : municipality != null ? municipality.scope()
                    : Scope.ofRegion(campaign.getRegion().getCode());
        }
    }

    public Found roadmap(long id) {
        Roadmap roadmap = guard.requireFound(roadmaps.find(id), "roadmap/" + id);
        RoadmapRights rights = RoadmapRights.of(guard.caller(), roadmap);
        guard.require(rights.mayRead(), roadmap.scope(), "roadmaps.read");
        return new Found(roadmap, rights);
    }

    /** The roadmap, if the caller keeps it (403 otherwise). */
    public Found toWrite(long id, String action) {
        Found found = roadmap(id);
        guard.require(found.rights().mayWrite(), found.roadmap().scope(), action);
        requireOpen(found.roadmap().getCampaign());
        return found;
    }

    /** The roadmap, if the caller checks it (403 otherwise). */
    public Found toCheck(long id, String action) {
        Found found = roadmap(id);
        guard.require(found.rights().mayCheck(), found.roadmap().scope(), action);
        requireOpen(found.roadmap().getCampaign());
        return found;
    }

    /** The roadmap, for whoever reads it to comment on it: an archived year takes no more comments. */
    public Roadmap toComment(long id) {
        Roadmap roadmap = roadmap(id).roadmap();
        requireOpen(roadmap.getCampaign());
        return roadmap;
    }

    /** A ШНОР's roadmap in the campaign of the year (the newest without one); the caller's own school without an id. */
    public Place ofSchool(Long schoolId, Integer year) {
        School school = schools.school(schoolId);
        RoadmapRights rights = RoadmapRights.of(guard.caller(), RoadmapLevel.SCHOOL, school.scope());
        guard.require(rights.mayRead(), school.scope(), "roadmaps.read");
        Campaign campaign = schools.target(school, Optional.ofNullable(year), "roadmaps.error.notSupported")
                .campaign();
        return place(campaign, RoadmapLevel.SCHOOL, school.getMunicipality(), school, rights);
    }

    /** A municipality's roadmap; a municipality the caller does not keep or oversee is not found. */
    public Place ofMunicipality(long municipalityId, Integer year) {
        Municipality municipality = guard.requireFound(territories.findMunicipality(municipalityId)
                .filter(m -> RoadmapRights.of(guard.caller(), RoadmapLevel.MUNICIPALITY, m.scope()).mayRead()),
                "municipality/" + municipalityId);
        RoadmapRights rights = RoadmapRights.of(guard.caller(), RoadmapLevel.MUNICIPALITY, municipality.scope());
        return place(campaign(municipality.getRegion().getCode(), year), RoadmapLevel.MUNICIPALITY, municipality,
                null, rights);
    }

    /** The region's roadmap: its operators'. */
    public Place ofRegion(String regionCode, Integer year) {
        Scope region = guard.region(regionCode);
        RoadmapRights rights = RoadmapRights.of(guard.caller(), RoadmapLevel.REGION, region);
        guard.requireFound(Optional.of(region).filter(r -> rights.mayRead()), "region/" + regionCode);
        return place(campaign(regionCode, year), RoadmapLevel.REGION, null, null, rights);
    }

    /**
     * The roadmap the caller keeps or checks first: their school's (its team or curator), else their municipality's
     * (its coordinator), else their region's (its operator); none of these: 404.
     */
    public Place own(Integer year) {
        Caller caller = guard.caller();
        if (!caller.scopesOf(List.of(Role.SCHOOL_TEAM, Role.CURATOR)).isEmpty()) {
            return ofSchool(null, year);
        }
        Optional<Scope> municipality = caller.scopesOf(List.of(Role.MUNICIPAL_COORDINATOR)).stream()
                .filter(s -> s.level() == Scope.Level.MUNICIPALITY).sorted(Comparator.comparing(Scope::toString))
                .findFirst();
        if (municipality.isPresent()) {
            Municipality found = guard.requireFound(territories.findMunicipality(municipality.get().region(),
                    municipality.get().municipality()), "municipality/" + municipality.get());
            return ofMunicipality(found.getId(), year);
        }
        Scope region = guard.requireFound(caller.scopesOf(List.of(Role.REGIONAL_OPERATOR)).stream()
                .filter(s -> s.level() == Scope.Level.REGION).sorted(Comparator.comparing(Scope::toString))
                .findFirst(), "own roadmap");
        return ofRegion(region.region(), year);
    }

    private Campaign campaign(String regionCode, Integer year) {
        return guard.requireFound(year != null ? records.campaign(regionCode, year)
                : records.campaignsOf(regionCode).stream().findFirst(), "campaign/" + regionCode + "/" + year);
    }

    private Place place(Campaign campaign, RoadmapLevel level, Municipality municipality, School school,
                        RoadmapRights rights) {
        Place place = new Place(campaign, level, municipality, school, rights, Optional.empty());
        return new Place(campaign, level, municipality, school, rights, roadmaps.find(campaign, place.ownerKey()));
    }

    public ChangeStamp stamp() {
        return schools.stamp();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses (403, on record) unless the caller keeps the place's roadmap. */
    void requireWrite(Place place, String action) {
        guard.require(place.rights().mayWrite(), place.scope(), action);
        requireOpen(place.campaign());
    }

    /** A rolled-over year is an archive: its roadmaps are read, never changed. */
    private static void requireOpen(Campaign campaign) {
        if (campaign.isArchived()) {
            throw new RoadmapRuleException("roadmaps.error.archived", SchoolYear.label(campaign.getSchoolYear()));
        }
    }

    /** Last year's roadmap of the same place, if its region had a campaign then and the place a roadmap in it. */
    Optional<Roadmap> lastYear(Place place) {
        return records.campaign(place.campaign().getRegion().getCode(), place.campaign().getSchoolYear() - 1)
                .flatMap(last -> roadmaps.find(last, place.ownerKey()));
    }

    /** Writes now: a concurrent change is told as such (409), not as a failed commit. */
    void flush() {
        roadmaps.flush();
    }

    Roadmap add(Roadmap roadmap) {
        return roadmaps.add(roadmap);
    }
}
