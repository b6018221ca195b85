package ru.portal500.roadmaps.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far a roadmap has moved from its baseline: measures whose dates moved (by how many days the due date went), those
 * dropped from the plan, those cancelled since, and those added. Measures are matched by their identity, not their
 * wording, so a reworded measure is the same measure.
 */
public record Drift(List<Shift> shifts) {

    /** What happened to a measure since the baseline. */
    public enum Kind { MOVED, DROPPED, CANCELLED, ADDED }

    /** One measure's drift: the baseline's dates and the present ones (absent for a dropped or added one). */
    public record Shift(Kind kind, String title, LocalDate baselineStart, LocalDate baselineDue, LocalDate start,
                        LocalDate due) {

        /** Days the due date moved (later is positive); 0 unless moved. */
        public long dueDays() {
            return baselineDue == null || due == null ? 0 : ChronoUnit.DAYS.between(baselineDue, due);
        }
    }

    public Drift {
        shifts = List.copyOf(shifts);
    }

    public static Drift between(List<PlannedMeasure> baseline, List<PlannedMeasure> current) {
        Map<Long, PlannedMeasure> now = current.stream().filter(m -> m.getMeasureId() != null)
                .collect(Collectors.toMap(PlannedMeasure::getMeasureId, Function.identity()));
        Map<Long, PlannedMeasure> then = baseline.stream()
                .collect(Collectors.toMap(PlannedMeasure::getMeasureId, Function.identity()));
        List<Shift> shifts = new ArrayList<>();
        for (PlannedMeasure was : baseline) {
            PlannedMeasure is = now.get(was.getMeasureId());
            if (is == null) {
                shifts.add(new Shift(Kind.DROPPED, was.getTitle(), was.getStartOn(), was.getDueOn(), null, null));
            } else if (is.isCancelled() && !was.isCancelled()) {
                shifts.add(new Shift(Kind.CANCELLED, is.getTitle(), was.getStartOn(), was.getDueOn(), is.getStartOn(),
                        is.getDueOn()));
            } else if (!Objects.equals(was.getStartOn(), is.getStartOn()) || !was.getDueOn().equals(is.getDueOn())) {
                shifts.add(new Shift(Kind.MOVED, is.getTitle(), was.getStartOn(), was.getDueOn(), is.getStartOn(),
                        is.getDueOn()));
            }
        }
        for (PlannedMeasure is : current) {
            if (is.getMeasureId() == null || !then.containsKey(is.getMeasureId())) {
                shifts.add(new Shift(Kind.ADDED, is.getTitle(), null, null, is.getStartOn(), is.getDueOn()));
            }
        }
        return new Drift(shifts);
    }

    public boolean isEmpty() {
        return shifts.isEmpty();
    }

    public long count(Kind kind) {
        return shifts.stream().filter(s -> s.kind() == kind).count();
    }
}
