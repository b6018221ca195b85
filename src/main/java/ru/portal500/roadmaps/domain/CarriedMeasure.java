package ru.portal500.roadmaps.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.portal500.registry.domain.RiskFactor;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A measure of last year's roadmap of the same place that was neither done nor cancelled, proposed in this year's:
 * its keepers take it with new dates (it becomes a measure) or drop it with a note. Until then it is not a measure —
 * it counts nowhere — and the roadmap cannot go to its curator.
 */
@Entity
@Table(name = "carried_measure")
public class CarriedMeasure {

    public enum State {
        PROPOSED, TAKEN, DROPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    private Roadmap roadmap;

    @Column(name = "from_measure_id", nullable = false, updatable = false)
    private Long fromMeasureId;

    @Column(nullable = false)
    private int position;

    @Column(length = MeasurePlan.MAX_SECTION)
    private String section;

    @Column(nullable = false, length = MeasurePlan.MAX_TITLE)
    private String title;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = MeasurePlan.MAX_RESPONSIBLE)
    private String responsible;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risk_factor_id")
    private RiskFactor riskFactor;

    @Column(length = MeasurePlan.MAX_RESULT)
    private String result;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.PROPOSED;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = Measure.MAX_NOTE)
    private String note;

    @Version
    private long version;

    protected CarriedMeasure() {
    }

    CarriedMeasure(Roadmap roadmap, int position, Measure from) {
        this.roadmap = roadmap;
        this.position = position;
        this.fromMeasureId = from.getId();
        MeasurePlan plan = from.plan();
        this.section = plan.section();
        this.title = plan.title();
        this.startOn = plan.term().start();
        this.dueOn = plan.term().due();
        this.responsible = plan.responsible();
        this.riskFactor = plan.riskFactor();
        this.result = plan.result();
    }

    /** Last year's plan of the measure with the new term and this year's risk factor: what it becomes when taken. */
    MeasurePlan planWith(Term term, RiskFactor factorNow) {
        return new MeasurePlan(section, title, term, responsible, factorNow, result);
    }

    void taken(ChangeStamp by) {
        decided(State.TAKEN, null, by);
    }

    void dropped(String why, ChangeStamp by) {
        decided(State.DROPPED, Measure.note(why, "roadmaps.error.carriedNote"), by);
    }

    void requireProposed() {
        if (state != State.PROPOSED) {
            throw new RoadmapRuleException("roadmaps.error.carriedDecided");
        }
    }

    private void decided(State to, String why, ChangeStamp by) {
        this.state = to;
        this.note = why;
        this.decidedBy = by.username();
        this.decidedAt = by.at();
    }

    public boolean isProposed() {
        return state == State.PROPOSED;
    }

    public Long getId() {
        return id;
    }

    public Long getFromMeasureId() {
        return fromMeasureId;
    }

    public int getPosition() {
        return position;
    }

    public String getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getResponsible() {
        return responsible;
    }

    public RiskFactor getRiskFactor() {
        return riskFactor;
    }

    public String getResult() {
        return result;
    }

    public State getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
