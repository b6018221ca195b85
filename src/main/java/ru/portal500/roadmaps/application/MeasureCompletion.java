package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.roadmaps.domain.Evidence;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.Roadmap;

import java.time.LocalDate;

/**
 * A measure's completion: its keepers add evidence and report it
 * done; the checker confirms it from the evidence or returns it. Each step is one transaction.
 */
@ApplicationScoped
public class MeasureCompletion {

    @Inject
    RoadmapAccess access;

    @Inject
    jakarta.enterprise.event.Event<RoadmapCheck.CompletionChanged> changed;

    @Transactional
    public Evidence addLink(long roadmapId, long measureId, String link) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.evidence").roadmap();
        Evidence added = roadmap.addLink(roadmap.measure(measureId), link, access.stamp());
        access.flush();
        return added;
    }

    @Transactional
    public Measure reportDone(long roadmapId, long measureId, LocalDate on, String note) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.report").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.reportDone(measure, on, note, access.today(), access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), null));
        return measure;
    }

    @Transactional
    public Measure confirmDone(long roadmapId, long measureId) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.completion.confirm").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.confirmDone(measure, access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), null));
        return measure;
    }

    @Transactional
    public Measure returnDone(long roadmapId, long measureId, String comment) {
        Roadmap roadmap = access.toCheck(roadmapId, "roadmaps.completion.return").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.returnDone(measure, comment, access.stamp());
        access.flush();
        changed.fire(new RoadmapCheck.CompletionChanged(roadmap, measure, measure.getCompletion(),
                access.stamp().name(), comment.strip()));
        return measure;
    }
}
