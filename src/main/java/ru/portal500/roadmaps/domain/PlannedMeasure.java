package ru.portal500.roadmaps.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A measure as a confirmation froze it (or as it stands now): enough to tell what moved or was dropped since. */
@Embeddable
public class PlannedMeasure {

    @Column(name = "measure_id", nullable = false)
    private Long measureId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MeasurePlan.MAX_TITLE)
    private String title;

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean cancelled;

    protected PlannedMeasure() {
    }

    public PlannedMeasure(Long measureId, int position, String title, LocalDate startOn, LocalDate dueOn,
                          boolean cancelled) {
        this.measureId = measureId;
        this.position = position;
        this.title = title;
        this.startOn = startOn;
        this.dueOn = dueOn;
        this.cancelled = cancelled;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public int getPosition() {
        return position;
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

    public boolean isCancelled() {
        return cancelled;
    }
}
