package ru.portal500.roadmaps.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A roadmap's measures as one confirmation froze them; the first is the baseline. Never changed. */
@Entity
@Table(name = "roadmap_snapshot")
public class Snapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    private Roadmap roadmap;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "taken_by", nullable = false, updatable = false)
    private String takenBy;

    @Column(name = "taken_by_name", nullable = false, updatable = false)
    private String takenByName;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "roadmap_snapshot_measure", joinColumns = @JoinColumn(name = "snapshot_id"))
    @OrderBy("position")
    private List<PlannedMeasure> measures = new ArrayList<>();

    protected Snapshot() {
    }

    Snapshot(Roadmap roadmap, int number, List<PlannedMeasure> measures, ChangeStamp by) {
        this.roadmap = roadmap;
        this.number = number;
        this.measures = new ArrayList<>(measures);
        this.takenBy = by.username();
        this.takenByName = by.name();
        this.takenAt = by.at();
    }

    public boolean isBaseline() {
        return number == 1;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTakenByName() {
        return takenByName;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public List<PlannedMeasure> getMeasures() {
        return Collections.unmodifiableList(measures);
    }
}
