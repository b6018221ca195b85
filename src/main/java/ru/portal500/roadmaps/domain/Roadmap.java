package ru.portal500.roadmaps.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An electronic roadmap (дорожная карта) of a campaign: a ШНОР's, a municipality's or the region's. It holds the
 * measures and their story. A school's goes to its curator as its documents do: submitted, returned with a comment or
 * confirmed; the others are confirmed by their keepers. Each confirmation freezes the measures as a snapshot, the
 * first being the baseline; a change after a confirmation is on record and waits for the next one, and the drift
 * from the baseline is always at hand. Every change goes through a method here and leaves an event. Visible to
 * whoever holds its whole region, its whole municipality or (a school's) the school.
 */
@Entity
@Table(name = "roadmap")
@AdditionalCriteria("this.regionCode IN :scopeWholeRegions OR this.municipalityKey IN :scopeWholeMunicipalities"
        + " OR this.schoolKey IN :scopeSchools")
public class Roadmap {

    /** The most measures a roadmap holds. */
    public static final int MAX_MEASURES = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "roadmap_level", nullable = false, updatable = false, length = 16)
    private RoadmapLevel level;

    @Column(name = "region_code", nullable = false, updatable = false, length = 32)
    private String regionCode;

    @Column(name = "municipality_key", updatable = false, length = 80)
    private String municipalityKey;

    @Column(name = "school_key", updatable = false, length = 120)
    private String schoolKey;

    @Column(name = "owner_key", nullable = false, updatable = false, length = 120)
    private String ownerKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", updatable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoadmapState state = RoadmapState.DRAFT;

    @Column(name = "round_no", nullable = false)
    private int round;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "last_change_at", nullable = false)
    private Instant lastChangeAt;

    @OneToMany(mappedBy = "roadmap", cascade = {CascadeType.PERSIST, CascadeType.REMOVE}, orphanRemoval = true)
    @OrderBy("position")
    private List<Measure> measures = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CarriedMeasure> carried = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Snapshot> snapshots = new ArrayList<>();

    @OneToMany(mappedBy = "roadmap", cascade = CascadeType.PERSIST)
    @OrderBy("sequence ASC, id ASC")
    private List<RoadmapEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Roadmap() {
    }

    private Roadmap(Campaign campaign, RoadmapLevel level, Municipality municipality, School school, Instant at) {
        this.campaign = campaign;
        this.level = level;
        this.municipality = municipality;
        this.school = school;
        this.regionCode = campaign.getRegion().getCode();
        this.municipalityKey = municipality == null ? null : key(municipality.scope());
        this.schoolKey = school == null ? null : key(school.scope());
        this.ownerKey = schoolKey != null ? schoolKey : municipalityKey != null ? municipalityKey : regionCode;
        this.lastChangeAt = at;
    }

    public static Roadmap ofSchool(Campaign campaign, School school, Instant at) {
        return new Roadmap(campaign, RoadmapLevel.SCHOOL, school.getMunicipality(), school, at);
    }

    public static Roadmap ofMunicipality(Campaign campaign, Municipality municipality, Instant at) {
        return new Roadmap(campaign, RoadmapLevel.MUNICIPALITY, municipality, null, at);
    }

    public static Roadmap ofRegion(Campaign campaign, Instant at) {
        return new Roadmap(campaign, RoadmapLevel.REGION, null, null, at);
    }

    private static String key(Scope scope) {
        return scope.groupPath().substring(1);
    }

    /** Where the roadmap belongs: the school, the municipality or the region, as a scope for rights. */
    public Scope scope() {
        return school != null ? school.scope() : municipality != null ? municipality.scope()
                : Scope.ofRegion(regionCode);
    }

    // ---- the plan ----

    public Measure add(MeasurePlan plan, ChangeStamp by) {
        requireEditable();
        if (measures.size() >= MAX_MEASURES) {
            throw new RoadmapRuleException("roadmaps.error.tooMany", String.valueOf(MAX_MEASURES));
        }
        Measure added = new Measure(this, measures.size() + 1, plan);
        measures.add(added);
        changed(RoadmapEventKind.MEASURE_ADDED, null, describe(added), by);
        return added;
    }

    public void change(Measure measure, MeasurePlan plan, ChangeStamp by) {
        requireEditable();
        requireOwn(measure);
        MeasurePlan before = measure.plan();
        if (before.equals(plan)) {
            return;
        }
        measure.plan(plan);
        changed(RoadmapEventKind.MEASURE_CHANGED, measure.getId(), changes(before, plan), by);
    }

    /** Removes a measure with nothing reported on it (one with evidence or a completion is cancelled instead). */
    public void remove(Measure measure, ChangeStamp by) {
        requireEditable();
        requireOwn(measure);
        if (!measure.getEvidence().isEmpty() || measure.getCompletion() != Completion.NONE) {
            throw new RoadmapRuleException("roadmaps.error.removeReported");
        }
        measures.remove(measure);
        for (int i = 0; i < measures.size(); i++) {
            measures.get(i).moveTo(i + 1);
        }
        changed(RoadmapEventKind.MEASURE_REMOVED, measure.getId(), describe(measure), by);
    }

    /** Cancels a measure (it stays in the roadmap, struck through), with the reason. */
    public void cancel(Measure measure, String reason, ChangeStamp by) {
        requireEditable();
        requireOwn(measure);
        measure.cancel(reason);
        changed(RoadmapEventKind.MEASURE_CANCELLED, measure.getId(), measure.getCancelReason(), by);
    }

    /**
     * The measures of a plan table, confirmed by whoever read them back: added after the present ones, or replacing
     * them all when {@code replace} (refused while any has evidence or a completion, which would be lost).
     */
    public List<Measure> importPlan(List<MeasurePlan> plans, boolean replace, String fileName, ChangeStamp by) {
        requireEditable();
        if (plans.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.importEmpty");
        }
        if (replace && measures.stream().anyMatch(m -> !m.getEvidence().isEmpty()
                || m.getCompletion() != Completion.NONE)) {
            throw new RoadmapRuleException("roadmaps.error.replaceReported");
        }
        int kept = replace ? 0 : measures.size();
        if (kept + plans.size() > MAX_MEASURES) {
            throw new RoadmapRuleException("roadmaps.error.tooMany", String.valueOf(MAX_MEASURES));
        }
        if (replace) {
            measures.clear();
        }
        List<Measure> added = new ArrayList<>();
        for (MeasurePlan plan : plans) {
            Measure measure = new Measure(this, measures.size() + 1, plan);
            measures.add(measure);
            added.add(measure);
        }
        changed(RoadmapEventKind.IMPORTED, null, (replace ? "replace:" : "add:") + plans.size() + ":"
                + (fileName == null ? "" : fileName), by);
        return added;
    }

    // ---- carried over from last year ----

    /**
     * Last year's roadmap of the same place: its measures neither done (confirmed) nor cancelled are proposed here,
     * each to be taken with new dates or dropped. Done once, into a roadmap that has carried nothing yet.
     */
    public List<CarriedMeasure> carryFrom(Roadmap lastYear, ChangeStamp by) {
        if (lastYear.level != level || !lastYear.ownerKey.equals(ownerKey)
                || lastYear.campaign.getSchoolYear() != campaign.getSchoolYear() - 1) {
            throw new IllegalArgumentException("Not last year's roadmap of the place: " + lastYear.id);
        }
        if (!carried.isEmpty()) {
            return List.of();
        }
        for (Measure measure : lastYear.measures) {
            if (!measure.isCancelled() && measure.getCompletion() != Completion.CONFIRMED) {
                carried.add(new CarriedMeasure(this, carried.size() + 1, measure));
            }
        }
        if (!carried.isEmpty()) {
            record(RoadmapEventKind.CARRIED_IN, null, String.valueOf(carried.size()), by);
        }
        return List.copyOf(carried);
    }

    /**
     * A carried measure taken into this year's plan with its new term (due in this school year) and the risk factor
     * of this year's catalogue it addresses (last year's by the same title, or none).
     */
    public Measure take(long carriedId, Term term, RiskFactor factor, ChangeStamp by) {
        CarriedMeasure proposal = carried(carriedId);
        proposal.requireProposed();
        LocalDate yearBegins = LocalDate.of(campaign.getSchoolYear() - 1, 9, 1);
        LocalDate yearEnds = LocalDate.of(campaign.getSchoolYear(), 8, 31);
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        if (term.due().isBefore(yearBegins) || term.startDate().filter(start -> start.isBefore(yearBegins)).isPresent()) {
            throw new RoadmapRuleException("roadmaps.error.carriedOld", yearBegins.format(day));
        }
        if (term.due().isAfter(yearEnds)) {
            throw new RoadmapRuleException("roadmaps.error.carriedLate", yearEnds.format(day));
        }
        Measure taken = add(proposal.planWith(term, factor), by);
        proposal.taken(by);
        return taken;
    }

    /** A carried measure not taken, with the note why. */
    public void drop(long carriedId, String why, ChangeStamp by) {
        requireEditable();
        CarriedMeasure proposal = carried(carriedId);
        proposal.requireProposed();
        proposal.dropped(why, by);
        record(RoadmapEventKind.CARRIED_DROPPED, null, proposal.getTitle() + " — " + proposal.getNote(), by);
    }

    /** The carried measure by id. */
    public CarriedMeasure carriedMeasure(long carriedId) {
        return carried(carriedId);
    }

    /** The carried measures not yet taken or dropped. */
    public long carriedPending() {
        return carried.stream().filter(CarriedMeasure::isProposed).count();
    }

    private CarriedMeasure carried(long carriedId) {
        return carried.stream().filter(c -> c.getId() != null && c.getId() == carriedId).findFirst()
                .orElseThrow(() -> new RoadmapRuleException("roadmaps.error.noSuchCarried"));
    }

    private void requireNoCarriedPending() {
        List<String> pending = carried.stream().filter(CarriedMeasure::isProposed)
                .map(c -> c.getPosition() + ". " + c.getTitle()).toList();
        if (!pending.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.carriedPending", String.valueOf(pending.size()),
                    String.join("; ", pending));
        }
    }

    // ---- the check ----

    /**
     * To the curator: a school's roadmap with measures, addressing every risk the school chose ({@code uncovered}
     * names those no measure addresses: none may be left).
     */
    public void submit(Collection<RiskFactor> uncovered, ChangeStamp by) {
        if (!level.isChecked()) {
            throw new RoadmapRuleException("roadmaps.error.notChecked");
        }
        if (state == RoadmapState.SUBMITTED || state == RoadmapState.CONFIRMED) {
            throw new RoadmapRuleException("roadmaps.error.notSubmittable");
        }
        requireNoCarriedPending();
        requireMeasures();
        if (!uncovered.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.risksUncovered", titles(uncovered));
        }
        round++;
        state = RoadmapState.SUBMITTED;
        submittedAt = by.at();
        record(RoadmapEventKind.SUBMITTED, null, null, by);
    }

    /** Back to the school (на доработку) with the comment that says why. */
    public void returnForRevision(String comment, ChangeStamp by) {
        requireUnderCheck();
        String why = Measure.note(comment, "roadmaps.error.commentEmpty");
        state = RoadmapState.RETURNED;
        record(RoadmapEventKind.RETURNED, null, why, by);
    }

    /**
     * Confirmed: a school's by its curator once submitted, the others by their keepers. The measures are frozen as a
     * snapshot; the first is the baseline.
     */
    public Snapshot confirm(ChangeStamp by) {
        if (level.isChecked()) {
            requireUnderCheck();
        } else if (state == RoadmapState.CONFIRMED) {
            throw new RoadmapRuleException("roadmaps.error.nothingToConfirm");
        }
        requireNoCarriedPending();
        requireMeasures();
        state = RoadmapState.CONFIRMED;
        Snapshot taken = new Snapshot(this, snapshots.size() + 1, planned(), by);
        snapshots.add(taken);
        record(RoadmapEventKind.CONFIRMED, null, String.valueOf(taken.getNumber()), by);
        return taken;
    }

    /** A comment in the current round. */
    public void comment(String text, ChangeStamp by) {
        record(RoadmapEventKind.COMMENTED, null, Measure.note(text, "roadmaps.error.commentEmpty"), by);
    }

    // ---- completion ----

    public Evidence addLink(Measure measure, String link, ChangeStamp by) {
        requireOwn(measure);
        Evidence added = measure.addEvidence(Evidence.link(measure, link, by));
        record(RoadmapEventKind.EVIDENCE_ADDED, measure.getId(), added.getLink(), by);
        return added;
    }

    public Evidence addFile(Measure measure, String sha256, String fileName, String mediaType, long size,
                            java.util.List<String> activeContent, ChangeStamp by) {
        requireOwn(measure);
        Evidence added = measure.addEvidence(Evidence.file(measure, sha256, fileName, mediaType, size, activeContent,
                by));
        record(RoadmapEventKind.EVIDENCE_ADDED, measure.getId(), fileName, by);
        return added;
    }

    /**
     * The measure reported done on the day, from its evidence: a school's waits for its curator, a keeper's own is
     * confirmed at once.
     */
    public void reportDone(Measure measure, LocalDate on, String note, LocalDate today, ChangeStamp by) {
        requireOwn(measure);
        measure.reportDone(on, note, today);
        record(RoadmapEventKind.COMPLETION_REPORTED, measure.getId(), on.toString(), by);
        if (!level.isChecked()) {
            measure.confirmDone();
            record(RoadmapEventKind.COMPLETION_CONFIRMED, measure.getId(), null, by);
        }
    }

    public void confirmDone(Measure measure, ChangeStamp by) {
        requireOwn(measure);
        measure.confirmDone();
        record(RoadmapEventKind.COMPLETION_CONFIRMED, measure.getId(), null, by);
    }

    public void returnDone(Measure measure, String comment, ChangeStamp by) {
        requireOwn(measure);
        String why = Measure.note(comment, "roadmaps.error.commentEmpty");
        measure.returnDone();
        record(RoadmapEventKind.COMPLETION_RETURNED, measure.getId(), why, by);
    }

    // ---- what it shows ----

    /** The risks chosen that no measure in force addresses. */
    public Set<RiskFactor> uncovered(Collection<RiskFactor> chosen) {
        Set<RiskFactor> missing = new LinkedHashSet<>(chosen);
        measures.stream().filter(m -> !m.isCancelled()).forEach(m -> m.riskFactor().ifPresent(missing::remove));
        return missing;
    }

    /** The drift from the baseline; none before the first confirmation. */
    public Drift drift() {
        return baseline().map(b -> Drift.between(b.getMeasures(), planned())).orElse(new Drift(List.of()));
    }

    public Optional<Snapshot> baseline() {
        return snapshots.isEmpty() ? Optional.empty() : Optional.of(snapshots.get(0));
    }

    public Measure measure(long measureId) {
        return measures.stream().filter(m -> m.getId() != null && m.getId() == measureId).findFirst()
                .orElseThrow(() -> new RoadmapRuleException("roadmaps.error.noSuchMeasure"));
    }

    private List<PlannedMeasure> planned() {
        return measures.stream().map(Measure::planned).toList();
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new RoadmapRuleException("roadmaps.error.underCheck");
        }
    }

    private void requireUnderCheck() {
        if (state != RoadmapState.SUBMITTED) {
            throw new RoadmapRuleException("roadmaps.error.notUnderCheck");
        }
    }

    private void requireMeasures() {
        if (measures.isEmpty()) {
            throw new RoadmapRuleException("roadmaps.error.noMeasures");
        }
    }

    private void requireOwn(Measure measure) {
        if (measure.getRoadmap() != this || !measures.contains(measure)) {
            throw new RoadmapRuleException("roadmaps.error.noSuchMeasure");
        }
    }

    /** A change to the plan: after a confirmation it waits for the next one. */
    private void changed(RoadmapEventKind kind, Long measureId, String detail, ChangeStamp by) {
        if (state == RoadmapState.CONFIRMED) {
            state = RoadmapState.CHANGED;
        }
        record(kind, measureId, detail, by);
    }

    private void record(RoadmapEventKind kind, Long measureId, String detail, ChangeStamp by) {
        events.add(new RoadmapEvent(this, events.size() + 1, kind, round, measureId, detail, by));
        lastChangeAt = by.at();
    }

    private static String describe(Measure measure) {
        return measure.getPosition() + ". " + measure.getTitle();
    }

    private static String changes(MeasurePlan before, MeasurePlan after) {
        List<String> lines = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            lines.add("title: " + before.title() + " → " + after.title());
        }
        if (!before.term().equals(after.term())) {
            lines.add("term: " + before.term().start() + "–" + before.term().due() + " → " + after.term().start()
                    + "–" + after.term().due());
        }
        if (!before.responsible().equals(after.responsible())
                || !java.util.Objects.equals(before.responsiblePerson(), after.responsiblePerson())) {
            lines.add("responsible: " + before.responsible() + " → " + after.responsible());
        }
        if (!java.util.Objects.equals(before.riskFactor(), after.riskFactor())) {
            lines.add("risk: " + title(before.riskFactor()) + " → " + title(after.riskFactor()));
        }
        if (!java.util.Objects.equals(before.result(), after.result())
                || !java.util.Objects.equals(before.section(), after.section())) {
            lines.add("result: " + before.result() + " → " + after.result());
        }
        return String.join("\n", lines);
    }

    private static String title(RiskFactor factor) {
        return factor == null ? "—" : factor.getTitle();
    }

    private static String titles(Collection<RiskFactor> factors) {
        return factors.stream().sorted(Comparator.comparingInt(RiskFactor::getPosition)).map(RiskFactor::getTitle)
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public RoadmapLevel getLevel() {
        return level;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public School getSchool() {
        return school;
    }

    public RoadmapState getState() {
        return state;
    }

    public int getRound() {
        return round;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getLastChangeAt() {
        return lastChangeAt;
    }

    public List<Measure> getMeasures() {
        return Collections.unmodifiableList(measures);
    }

    public List<CarriedMeasure> getCarried() {
        return carried;
    }

    public List<Snapshot> getSnapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    public List<RoadmapEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    public long getVersion() {
        return version;
    }
}
