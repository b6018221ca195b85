package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.domain.RoadmapState;

import java.util.Set;

/**
 * The check of a school's roadmap, as of its documents: the team submits it (every risk the school chose addressed),
 * the curator — or the coordinator or operator stepping in — confirms it, freezing its measures, or returns it with a
 * comment. A municipality's or the region's is confirmed by its keepers. Each step is one transaction and tells the
 * other side.
 */
@ApplicationScoped
public class RoadmapCheck {

    @Inject
    RoadmapAccess access;

    @Inject
    CampaignRecords records;

    @Inject
    Event<RoadmapChanged> changed;

    /** Something happened to a roadmap that the other side should hear of. */
    public record RoadmapChanged(Roadmap roadmap, RoadmapState state, String by, String comment) {
    }

    /** A measure's completion was reported, confirmed or returned: its roadmap, the measure and the comment. */
    public record CompletionChanged(Roadmap roadmap, ru.portal500.roadmaps.domain.Measure measure,
                                    ru.portal500.roadmaps.domain.Completion completion, String by, String comment) {
    }

    /** Who checks a school's roadmap once submitted, as the page says it: a bundle key and the names. */
    public record Checkers(String messageKey, String names) {
    }

    @Inject
    ru.portal500.notifications.application.Recipients recipients;

    /**
     * The school's curators; without any, its municipal coordinators; with none of them either, nobody nearer (the
     * regional operator checks, and finds it in their work list).
     */
    public java.util.List<ru.portal500.notifications.domain.Recipient> checkersOf(Roadmap roadmap) {
        var school = roadmap.getSchool().scope();
        var curators = recipients.holding(ru.portal500.identity.domain.Role.CURATOR, school);
        return curators.isEmpty() ? recipients.holding(ru.portal500.identity.domain.Role.MUNICIPAL_COORDINATOR,
                school.parent().orElseThrow()) : curators;
    }

    /** Who checks the school's roadmap, in words for the page; unknown while Keycloak is away. */
    @Transactional
    public Checkers checkers(long roadmapId) {
        Roadmap roadmap = access.roadmap(roadmapId).roadmap();
        try {
            var school = roadmap.getSchool().scope();
            var curators = recipients.holding(ru.portal500.identity.domain.Role.CURATOR, school);
            if (!curators.isEmpty()) {
                return new Checkers("roadmaps.submitted.curators", names(curators));
            }
            var coordinators = recipients.holding(ru.portal500.identity.domain.Role.MUNICIPAL_COORDINATOR,
                    school.parent().orElseThrow());
            return coordinators.isEmpty() ? new Checkers("roadmaps.submitted.nobody", "")
                    : new Checkers("roadmaps.submitted.coordinators", names(coordinators));
        } catch (ru.portal500.shared.domain.ServiceUnavailableException e) {
            return new Checkers("roadmaps.message.submitted", "");
        }
    }

    private static String names(java.util.List<ru.portal500.notifications.domain.Recipient> people) {
        return people.stream().map(ru.portal500.notifications.domain.Recipient::fullName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The risks the school chose that no measure in force addresses (none for the others' roadmaps). */
    @Transactional
    public Set<RiskFactor> uncovered(long roadmapId) {
        return uncovered(access.roadmap(roadmapId).roadmap());
    }

    @Transactional
    public Roadmap submit(long roadmapId) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.submit").roadmap();
        roadmap.submit(uncovered(roadmap), access.stamp());
        access.flush();
        changed.fire(new RoadmapChanged(roadmap, RoadmapState.SUBMITTED, access.stamp().name(), null));
        return roadmap;
    }

    @Transactional
    public Roadmap confirm(long roadmapId) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.confirm").roadmap();
        roadmap.confirm(access.stamp());
        access.flush();
        changed.fire(new RoadmapChanged(roadmap, RoadmapState.CONFIRMED, access.stamp().name(), null));
        return roadmap;
    }

    @Transactional
    public Roadmap returnForRevision(long roadmapId, String comment) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.return").roadmap();
        roadmap.returnForRevision(comment, access.stamp());
        access.flush();
        changed.fire(new RoadmapChanged(roadmap, RoadmapState.RETURNED, access.stamp().name(), comment.strip()));
        return roadmap;
    }

    /** A comment by anyone who reads the roadmap. */
    @Transactional
    public Roadmap comment(long roadmapId, String text) {
        Roadmap roadmap = access.toComment(roadmapId);
        roadmap.comment(text, access.stamp());
        access.flush();
        return roadmap;
    }

    private Set<RiskFactor> uncovered(Roadmap roadmap) {
        return roadmap.getLevel() == RoadmapLevel.SCHOOL
                ? roadmap.uncovered(records.chosenRisks(roadmap.getCampaign(), roadmap.getSchool())) : Set.of();
    }
}
