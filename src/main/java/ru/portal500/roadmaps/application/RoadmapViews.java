package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.roadmaps.domain.CarriedMeasure;
import ru.portal500.roadmaps.domain.Drift;
import ru.portal500.roadmaps.domain.Evidence;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapEvent;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.domain.RoadmapRights;
import ru.portal500.roadmaps.domain.Snapshot;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A roadmap as its readers see it, read in one transaction: its measures with their status on the day, the risks the
 * school chose that no measure addresses, the drift from the baseline, the confirmations and the story.
 */
@ApplicationScoped
public class RoadmapViews {

    @Inject
    RoadmapAccess access;

    @Inject
    CampaignRecords records;

    /** A risk factor as a measure names it. */
    public record Risk(long id, String title) implements Serializable {
        static Risk of(RiskFactor f) {
            return new Risk(f.getId(), f.getTitle());
        }
    }

    /** A link or a file; {@code activeContent}: what the file can do beyond being read (it is only downloaded). */
    public record EvidenceView(long id, String link, String fileName, Long size, String addedBy, Instant addedAt,
                               List<String> activeContent) implements Serializable {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.getId(), e.getLink(), e.getFileName(), e.getSize(), e.getAddedByName(),
                    e.getAddedAt(), e.activeContent());
        }
    }

    public record MeasureView(long id, int position, String section, String title, LocalDate start, LocalDate due,
                              String responsible, Risk risk, String result, String status, String completion,
                              LocalDate doneOn, String completionNote, String cancelReason,
                              List<EvidenceView> evidence, long version, String responsiblePerson)
            implements Serializable {
        static MeasureView of(Measure m, LocalDate today) {
            return new MeasureView(m.getId(), m.getPosition(), m.getSection(), m.getTitle(), m.getStartOn(),
                    m.getDueOn(), m.getResponsible(), m.riskFactor().map(Risk::of).orElse(null), m.getResult(),
                    m.status(today).name(), m.getCompletion().name(), m.getDoneOn(), m.getCompletionNote(),
                    m.getCancelReason(), m.getEvidence().stream().map(EvidenceView::of).toList(), m.getVersion(),
                    m.responsiblePerson().orElse(null));
        }
    }

    /** A measure carried from last year, waiting to be taken with new dates or dropped (or already decided). */
    public record CarriedView(long id, int position, String section, String title, LocalDate start, LocalDate due,
                              String responsible, String risk, String result, String state, String note)
            implements Serializable {
        static CarriedView of(CarriedMeasure c) {
            return new CarriedView(c.getId(), c.getPosition(), c.getSection(), c.getTitle(), c.getStartOn(),
                    c.getDueOn(), c.getResponsible(), c.getRiskFactor() == null ? null : c.getRiskFactor().getTitle(),
                    c.getResult(), c.getState().name(), c.getNote());
        }

        public boolean isProposed() {
            return CarriedMeasure.State.PROPOSED.name().equals(state);
        }
    }

    public record Event(String kind, int round, Long measure, String detail, String by, Instant at)
            implements Serializable {
        static Event of(RoadmapEvent e) {
            return new Event(e.getKind().name(), e.getRound(), e.getMeasureId(), e.getDetail(), e.getByName(),
                    e.getOccurredAt());
        }
    }

    public record Confirmation(int number, String by, Instant at) implements Serializable {
        static Confirmation of(Snapshot s) {
            return new Confirmation(s.getNumber(), s.getTakenByName(), s.getTakenAt());
        }
    }

    /**
     * A roadmap: {@code id} is null for one not begun (its keepers may begin it). Whose it is: the school or the
     * municipality by id and name; the region by its code.
     */
    public record View(Long id, String level, int year, String region, Long municipalityId, String municipality,
                       Long schoolId, String school, String state, int round, Instant submittedAt,
                       RoadmapRights rights, List<MeasureView> measures, List<Risk> uncovered, List<Drift.Shift> drift,
                       List<Confirmation> confirmations, List<Event> events, LocalDate today,
                       List<CarriedView> carried, boolean archived)
            implements Serializable {

        /** Carried measures not yet taken or dropped. */
        public long carriedPending() {
            return carried.stream().filter(CarriedView::isProposed).count();
        }
    }

    @Transactional
    public View of(long roadmapId) {
        RoadmapAccess.Found found = access.roadmap(roadmapId);
        return view(found.roadmap(), found.rights());
    }

    @Transactional
    public View ofSchool(Long schoolId, Integer year) {
        return of(access.ofSchool(schoolId, year));
    }

    /** The caller's own: their school's, else their municipality's, else their region's. */
    @Transactional
    public View own(Integer year) {
        return of(access.own(year));
    }

    @Transactional
    public View ofMunicipality(long municipalityId, Integer year) {
        return of(access.ofMunicipality(municipalityId, year));
    }

    @Transactional
    public View ofRegion(String regionCode, Integer year) {
        return of(access.ofRegion(regionCode, year));
    }

    private View of(RoadmapAccess.Place place) {
        if (place.roadmap().isPresent()) {
            return view(place.roadmap().get(), place.rights());
        }
        Set<RiskFactor> chosen = place.level() == RoadmapLevel.SCHOOL
                ? records.chosenRisks(place.campaign(), place.school()) : Set.of();
        RoadmapRights rights = place.campaign().isArchived()
                ? new RoadmapRights(place.rights().mayRead(), false, false) : place.rights();
        return new View(null, place.level().name(), place.campaign().getSchoolYear(),
                place.campaign().getRegion().getCode(), place.municipality() == null ? null : place.municipality().getId(),
                place.municipality() == null ? null : place.municipality().getName(),
                place.school() == null ? null : place.school().getId(),
                place.school() == null ? null : place.school().getName(), "NOT_STARTED", 0, null, rights,
                List.of(), risks(chosen), List.of(), List.of(), List.of(), access.today(), List.of(),
                place.campaign().isArchived());
    }

    private View view(Roadmap r, RoadmapRights given) {
        LocalDate today = access.today();
        RoadmapRights rights = r.getCampaign().isArchived() ? new RoadmapRights(given.mayRead(), false, false) : given;
        Set<RiskFactor> uncovered = r.getLevel() == RoadmapLevel.SCHOOL
                ? r.uncovered(records.chosenRisks(r.getCampaign(), r.getSchool())) : Set.of();
        return new View(r.getId(), r.getLevel().name(), r.getCampaign().getSchoolYear(), r.getRegionCode(),
                r.getMunicipality() == null ? null : r.getMunicipality().getId(),
                r.getMunicipality() == null ? null : r.getMunicipality().getName(),
                r.getSchool() == null ? null : r.getSchool().getId(),
                r.getSchool() == null ? null : r.getSchool().getName(), r.getState().name(), r.getRound(),
                r.getSubmittedAt(), rights, r.getMeasures().stream().map(m -> MeasureView.of(m, today)).toList(),
                risks(uncovered), r.drift().shifts(), r.getSnapshots().stream().map(Confirmation::of).toList(),
                r.getEvents().stream().map(Event::of).toList(), today,
                r.getCarried().stream().map(CarriedView::of).toList(), r.getCampaign().isArchived());
    }

    /** The school years of the region's campaigns, newest first: a roadmap of each may be read (past years archived). */
    @Transactional
    public List<Integer> years(String regionCode) {
        return records.campaignsOf(regionCode).stream().map(c -> c.getSchoolYear()).toList();
    }

    private static List<Risk> risks(Set<RiskFactor> factors) {
        return factors.stream().sorted(Comparator.comparingInt(RiskFactor::getPosition)).map(Risk::of).toList();
    }
}
