package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What monitoring counts of the schools' roadmaps, within the caller's scope: per school (by its key,
 * "64/atkarsky/atk-1"), the measures due by each monitoring date and those of them done on time, and the measures
 * overdue today. Cancelled measures count nowhere.
 */
@ApplicationScoped
public class RoadmapFacts {

    @Inject
    RoadmapRepository roadmaps;

    /** A school's counts: {@code due[i]} and {@code onTime[i]} at the i-th date, and the overdue today. */
    public record MeasureCounts(long[] due, long[] onTime, long overdue) {
    }

    @Transactional
    public Map<String, MeasureCounts> measures(Campaign campaign, List<LocalDate> dates, LocalDate today) {
        Map<String, MeasureCounts> counts = new HashMap<>();
        for (Object[] row : roadmaps.measureCounts(campaign, dates, today)) {
            long[] due = new long[dates.size()];
            long[] onTime = new long[dates.size()];
            for (int i = 0; i < dates.size(); i++) {
                due[i] = number(row[1 + 2 * i]);
                onTime[i] = number(row[2 + 2 * i]);
            }
            counts.put((String) row[0], new MeasureCounts(due, onTime, number(row[row.length - 1])));
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
