package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.dashboard.application.WorkGroup;
import ru.portal500.dashboard.application.WorkItem;
import ru.portal500.dashboard.application.WorkSource;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapRights;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.School;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The roadmaps' part of the work list: for whoever keeps a roadmap (a school's team, a municipality's coordinators,
 * the region's operators) its measures overdue or due within a week; for a curator and a municipal coordinator the
 * schools' roadmaps submitted to them and the completions whose evidence waits for their confirmation; for a regional
 * operator the submitted roadmaps of schools with neither a curator nor a coordinator.
 */
@ApplicationScoped
public class RoadmapWork implements WorkSource {

    public static final String TO_CHECK = "roadmaps.toCheck";
    public static final String MEASURES = "roadmaps.measures";
    public static final String EVIDENCE = "roadmaps.evidence";

    /** A measure due within this many days is work now. */
    static final int DAYS_AHEAD = 7;

    private static final EnumSet<Role> CHECKERS = EnumSet.of(Role.CURATOR, Role.MUNICIPAL_COORDINATOR);
    /** Who keeps a roadmap: a school's team, a municipality's coordinators, the region's operators. */
    private static final EnumSet<Role> KEEPERS = EnumSet.of(Role.SCHOOL_TEAM, Role.MUNICIPAL_COORDINATOR,
            Role.REGIONAL_OPERATOR);

    @Inject
    RoadmapRepository roadmaps;

    @Inject
    RoadmapCheck check;

    Clock clock = Clock.systemDefaultZone();

    @Override
    @Transactional
    public List<WorkGroup> work(Caller caller, Locale locale) {
        List<WorkGroup> groups = new ArrayList<>();
        if (caller.hasAnyRole(CHECKERS) || caller.hasRole(Role.REGIONAL_OPERATOR)) {
            java.util.Map<Long, Boolean> nobody = new java.util.HashMap<>();
            groups.add(WorkGroup.of(TO_CHECK, roadmaps.submitted().stream()
                    .filter(r -> caller.holdsAny(CHECKERS, r.scope()) || caller.holds(Role.REGIONAL_OPERATOR, r.scope())
                            && nobody.computeIfAbsent(r.getId(), id -> nobodyChecks(r)))
                    .map(r -> new WorkItem(Texts.get(locale, "work.roadmap.title"), where(r.getSchool()), link(r),
                            r.getSubmittedAt(), null)).toList()));
            groups.add(WorkGroup.of(EVIDENCE, roadmaps.reportedMeasures().stream()
                    .filter(m -> caller.holdsAny(CHECKERS, m.getRoadmap().scope()))
                    .map(m -> item(m, locale)).toList()));
        }
        if (caller.hasAnyRole(KEEPERS)) {
            LocalDate today = LocalDate.now(clock);
            groups.add(WorkGroup.of(MEASURES, roadmaps.openMeasuresDueBy(today.plusDays(DAYS_AHEAD)).stream()
                    .filter(m -> RoadmapRights.of(caller, m.getRoadmap()).mayWrite())
                    .map(m -> item(m, locale)).toList()));
        }
        return groups;
    }

    /** Whether the school has neither a curator nor a coordinator; unknown (Keycloak away) counts as someone. */
    private boolean nobodyChecks(Roadmap roadmap) {
        try {
            return check.checkersOf(roadmap).isEmpty();
        } catch (ru.portal500.shared.domain.ServiceUnavailableException e) {
            return false;
        }
    }

    private static WorkItem item(Measure m, Locale locale) {
        return new WorkItem(Texts.get(locale, "work.roadmap.measure", String.valueOf(m.getPosition()), m.getTitle()),
                where(m.getRoadmap(), locale), link(m.getRoadmap()), null, m.getDueOn());
    }

    private static String where(Roadmap roadmap, Locale locale) {
        return roadmap.getSchool() != null ? where(roadmap.getSchool()) : roadmap.getMunicipality() != null
                ? roadmap.getMunicipality().getName() : Texts.get(locale, "roadmaps.owner.region", roadmap.getRegionCode());
    }

    private static String where(School school) {
        return school.getName() + ", " + school.getMunicipality().getName();
    }

    private static String link(Roadmap roadmap) {
        return "/app/roadmap.xhtml?id=" + roadmap.getId();
    }
}
