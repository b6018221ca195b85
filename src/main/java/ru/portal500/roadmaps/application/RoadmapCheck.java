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
        Roadmap roadmap = access.roadmap(roadmapId).roadmap();
        roadmap.comment(text, access.stamp());
        access.flush();
        return roadmap;
    }

    private Set<RiskFactor> uncovered(Roadmap roadmap) {
        return roadmap.getLevel() == RoadmapLevel.SCHOOL
                ? roadmap.uncovered(records.chosenRisks(roadmap.getCampaign(), roadmap.getSchool())) : Set.of();
    }
}
