package ru.portal500.roadmaps.domain;

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
import jakarta.persistence.Table;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Instant;

/** A line of a roadmap's story: what happened, in which round, to which measure, with what detail, by whom, when. */
@Entity
@Table(name = "roadmap_event")
public class RoadmapEvent {

    /** The longest detail kept. */
    public static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    private Roadmap roadmap;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private RoadmapEventKind kind;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(name = "measure_id", updatable = false)
    private Long measureId;

    @Column(updatable = false, length = MAX_DETAIL)
    private String detail;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String byUser;

    @Column(name = "by_name", nullable = false, updatable = false)
    private String byName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected RoadmapEvent() {
    }

    RoadmapEvent(Roadmap roadmap, int sequence, RoadmapEventKind kind, int round, Long measureId, String detail,
                 ChangeStamp by) {
        this.roadmap = roadmap;
        this.sequence = sequence;
        this.kind = kind;
        this.round = round;
        this.measureId = measureId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.byUser = by.username();
        this.byName = by.name();
        this.occurredAt = by.at();
    }

    public Long getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public RoadmapEventKind getKind() {
        return kind;
    }

    public int getRound() {
        return round;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getDetail() {
        return detail;
    }

    public String getByUser() {
        return byUser;
    }

    public String getByName() {
        return byName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
