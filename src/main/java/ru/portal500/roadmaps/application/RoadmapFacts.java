package ru.portal500.roadmaps.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.roadmaps.infrastructure.RoadmapRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What monitoring counts of the schools' roadmaps, within the caller's scope: per school (by its key,
 * "64/atkarsky/atk-1"), the measures due by each monitoring date and those of them done on time, and the measures
 * overdue today. Cancelled measures count nowhere.
 * <p>
 * Counting 40 measures of each of 3,000 roadmaps takes the database a quarter of a second, and a dashboard is read far
 * more often than a roadmap changes: each roadmap's counts are kept by its id with the version they were counted at
 * (every change of a roadmap or its measures raises it), the dates and the day. Which roadmaps the caller sees, and
 * their versions, are read on every call within the caller's scope; only those changed since, or never counted, are
 * counted again. Every node keeps its own counts and checks them against the database, so a change made on another
 * node is seen at once.
 */
@ApplicationScoped
public class RoadmapFacts {

    /** Beyond this many changed roadmaps one query over the campaign is cheaper than a list of ids. */
    static final int AT_ONCE = 500;

    /** Counts kept at most for this many roadmaps (every region's for two school years); then kept afresh. */
    static final int KEPT = 200_000;

    @Inject
    RoadmapRepository roadmaps;

    private final Map<Long, Counted> counted = new ConcurrentHashMap<>();

    /** A school's counts: {@code due[i]} and {@code onTime[i]} at the i-th date, and the overdue today. */
    public record MeasureCounts(long[] due, long[] onTime, long overdue) {
    }

    /** A roadmap's counts as they were at its version, for the dates and the day. */
    private record Counted(long version, List<LocalDate> dates, LocalDate today, MeasureCounts counts) {
        boolean holds(long currentVersion, List<LocalDate> wanted, LocalDate day) {
            return version == currentVersion && dates.equals(wanted) && today.equals(day);
        }
    }

    @Transactional
    public Map<String, MeasureCounts> measures(Campaign campaign, List<LocalDate> dates, LocalDate today) {
        List<Object[]> seen = roadmaps.schoolRoadmapVersions(campaign);
        List<Long> stale = new ArrayList<>();
        Map<Long, Long> versions = new HashMap<>();
        for (Object[] row : seen) {
            long id = (Long) row[0];
            long version = number(row[2]);
            versions.put(id, version);
            Counted kept = counted.get(id);
            if (kept == null || !kept.holds(version, dates, today)) {
                stale.add(id);
            }
        }
        if (!stale.isEmpty()) {
            count(campaign, dates, today, stale, versions);
        }
        Map<String, MeasureCounts> counts = new HashMap<>();
        for (Object[] row : seen) {
            Counted kept = counted.get((Long) row[0]);
            if (kept != null) {
                counts.put((String) row[1], kept.counts());
            }
        }
        return counts;
    }

    /** Counts the roadmaps again, and keeps their counts (none for a roadmap without measures: all zero). */
    private void count(Campaign campaign, List<LocalDate> dates, LocalDate today, List<Long> stale,
                       Map<Long, Long> versions) {
        if (counted.size() + stale.size() > KEPT) {
            counted.clear();
        }
        MeasureCounts none = new MeasureCounts(new long[dates.size()], new long[dates.size()], 0);
        Map<Long, MeasureCounts> fresh = new HashMap<>();
        for (Object[] row : roadmaps.measureCounts(campaign, dates, today, stale.size() > AT_ONCE ? List.of() : stale)) {
            long[] due = new long[dates.size()];
            long[] onTime = new long[dates.size()];
            for (int i = 0; i < dates.size(); i++) {
                due[i] = number(row[1 + 2 * i]);
                onTime[i] = number(row[2 + 2 * i]);
            }
            fresh.put((Long) row[0], new MeasureCounts(due, onTime, number(row[row.length - 1])));
        }
        List<LocalDate> kept = List.copyOf(dates);
        for (Long id : stale) {
            counted.put(id, new Counted(versions.get(id), kept, today, fresh.getOrDefault(id, none)));
        }
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
