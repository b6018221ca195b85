package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.roadmaps.domain.Measure;
import ru.portal500.roadmaps.domain.MeasurePlan;
import ru.portal500.roadmaps.domain.Roadmap;
import ru.portal500.roadmaps.domain.RoadmapLevel;
import ru.portal500.roadmaps.domain.RoadmapRuleException;
import ru.portal500.roadmaps.domain.Term;
import ru.portal500.roadmaps.importing.PlanTables;

import java.time.LocalDate;
import java.util.List;

/**
 * Drawing up a roadmap: beginning it, adding, changing, removing and cancelling measures, and filling it from a plan
 * table — read back first, applied only when the whole table reads without a problem. Each step is one transaction
 * on the roadmap's record.
 */
@ApplicationScoped
public class RoadmapPlanning {

    @Inject
    RoadmapAccess access;

    @Inject
    CampaignRecords records;

    @Inject
    RoadmapPeople people;

    /** The place's roadmap, begun now if it was not (its keepers only); the same one when it was. */
    @Transactional
    public Roadmap begin(RoadmapAccess.Place place) {
        if (place.roadmap().isPresent()) {
            return place.roadmap().get();
        }
        access.requireWrite(place, "roadmaps.begin");
        Roadmap roadmap = switch (place.level()) {
            case SCHOOL -> Roadmap.ofSchool(place.campaign(), place.school(), access.stamp().at());
            case MUNICIPALITY -> Roadmap.ofMunicipality(place.campaign(), place.municipality(), access.stamp().at());
            case REGION -> Roadmap.ofRegion(place.campaign(), access.stamp().at());
        };
        Roadmap begun = access.add(roadmap);
        access.lastYear(place).ifPresent(last -> begun.carryFrom(last, access.stamp()));
        return begun;
    }

    /** A measure carried from last year taken into the plan with its new term. */
    @Transactional
    public Measure take(long roadmapId, long carriedId, LocalDate start, LocalDate due) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.carried.take").roadmap();
        if (due == null) {
            throw new RoadmapRuleException("roadmaps.error.dueEmpty");
        }
        RiskFactor before = roadmap.carriedMeasure(carriedId).getRiskFactor();
        RiskFactor now = before == null || roadmap.getLevel() != RoadmapLevel.SCHOOL ? null
                : active(roadmap.getCampaign()).stream().filter(f -> f.getTitle().equals(before.getTitle()))
                .findFirst().orElse(null);
        Measure taken = roadmap.take(carriedId, new Term(start, due), now, access.stamp());
        access.flush();
        return taken;
    }

    /** A measure carried from last year not taken, with the note why. */
    @Transactional
    public Roadmap drop(long roadmapId, long carriedId, String why) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.carried.drop").roadmap();
        roadmap.drop(carriedId, why, access.stamp());
        access.flush();
        return roadmap;
    }

    @Transactional
    public Measure add(long roadmapId, MeasureInput input) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.measure.add").roadmap();
        Measure added = roadmap.add(plan(roadmap, input), access.stamp());
        access.flush();
        return added;
    }

    @Transactional
    public Measure change(long roadmapId, long measureId, MeasureInput input) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.measure.change").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.change(measure, plan(roadmap, input), access.stamp());
        access.flush();
        return measure;
    }

    @Transactional
    public Roadmap remove(long roadmapId, long measureId) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.measure.remove").roadmap();
        roadmap.remove(roadmap.measure(measureId), access.stamp());
        access.flush();
        return roadmap;
    }

    @Transactional
    public Measure cancel(long roadmapId, long measureId, String reason) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.measure.cancel").roadmap();
        Measure measure = roadmap.measure(measureId);
        roadmap.cancel(measure, reason, access.stamp());
        access.flush();
        return measure;
    }

    /** What a plan table gives, read within the roadmap's school year, to be shown back before anything is applied. */
    @Transactional
    public PlanTables.Reading preview(long roadmapId, byte[] file) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.import").roadmap();
        return PlanTables.read(file, roadmap.getCampaign().getSchoolYear());
    }

    /**
     * The plan table's measures added to the roadmap (or replacing its measures): the reading, whose problems, if
     * any, mean nothing was applied.
     */
    @Transactional
    public PlanTables.Reading importPlan(long roadmapId, byte[] file, String fileName, boolean replace) {
        Roadmap roadmap = access.toWrite(roadmapId, "roadmaps.import").roadmap();
        PlanTables.Reading reading = PlanTables.read(file, roadmap.getCampaign().getSchoolYear());
        if (!reading.usable()) {
            return reading;
        }
        List<MeasurePlan> plans = reading.lines().stream().map(line -> new MeasurePlan(line.section(),
                line.measure(), line.term(), line.responsible(), null, line.result())).toList();
        roadmap.importPlan(plans, replace, fileName, access.stamp());
        access.flush();
        return reading;
    }

    /** The campaign's risk factors a school's measure may address (none for the others' roadmaps). */
    @Transactional
    public List<RoadmapViews.Risk> riskFactors(long roadmapId) {
        Roadmap roadmap = access.roadmap(roadmapId).roadmap();
        return roadmap.getLevel() == RoadmapLevel.SCHOOL
                ? active(roadmap.getCampaign()).stream().map(RoadmapViews.Risk::of).toList() : List.of();
    }

    /** Who of the portal may answer for a measure of the roadmap (for whoever keeps it). */
    public List<RoadmapPeople.Person> people(long roadmapId) {
        return people.of(access.roadmap(roadmapId).roadmap());
    }

    private MeasurePlan plan(Roadmap roadmap, MeasureInput input) {
        if (input == null || input.due() == null) {
            throw new RoadmapRuleException("roadmaps.error.dueEmpty");
        }
        RiskFactor factor = input.riskFactorId() == null ? null : active(roadmap.getCampaign()).stream()
                .filter(f -> f.getId().equals(input.riskFactorId())).findFirst()
                .orElseThrow(() -> new RoadmapRuleException("roadmaps.error.noSuchRisk"));
        if (factor != null && roadmap.getLevel() != RoadmapLevel.SCHOOL) {
            throw new RoadmapRuleException("roadmaps.error.noSuchRisk");
        }
        String person = null;
        String responsible = input.responsible();
        if (input.responsiblePerson() != null && !input.responsiblePerson().isBlank()) {
            RoadmapPeople.Person named = people.require(roadmap, input.responsiblePerson());
            person = named.username();
            responsible = responsible == null || responsible.isBlank() ? named.fullName() : responsible;
        }
        return new MeasurePlan(input.section(), input.title(), new Term(input.start(), input.due()),
                responsible, factor, input.result(), person);
    }

    private List<RiskFactor> active(Campaign campaign) {
        return records.riskFactors(campaign).stream().filter(f -> !f.isRetired()).toList();
    }
}
