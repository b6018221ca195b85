package ru.portal500.monitoring.application;

import ru.portal500.monitoring.domain.Aggregate;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.registry.application.CampaignRecords.SupportedSchool;
import ru.portal500.roadmaps.application.RoadmapFacts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The facts of a campaign the dashboard counts, laid out by school (its position in {@link #schools}) and by date (its
 * position in {@link #dates}), so that an indicator over any group of schools is a loop over arrays: read once per
 * view, whatever the number of indicators, places and dates. Shares add up their counts; an entered value is the mean
 * of the schools that gave one; nothing is counted for a date whose reporting window has not opened.
 */
final class DashboardFacts {

    private static final byte NO_REPORT = 0;
    private static final byte LATE = 1;
    private static final byte ON_TIME = 2;

    final List<LocalDate> dates;
    final List<SupportedSchool> schools;
    private final boolean[] started;
    private final Map<Long, Integer> positions = new HashMap<>();
    private final long[][] due;
    private final long[][] onTime;
    private final long[] overdue;
    private final byte[][] reports;
    private final Map<Long, BigDecimal[][]> entered = new HashMap<>();
    private final Map<Formula, Share[][]> counted = new EnumMap<>(Formula.class);
    private BigDecimal[] unsatisfactory;

    DashboardFacts(List<LocalDate> dates, List<Boolean> started, List<SupportedSchool> schools) {
        this.dates = List.copyOf(dates);
        this.schools = List.copyOf(schools);
        this.started = new boolean[dates.size()];
        for (int d = 0; d < dates.size(); d++) {
            this.started[d] = started.get(d);
        }
        for (int i = 0; i < schools.size(); i++) {
            positions.put(schools.get(i).id(), i);
        }
        due = new long[dates.size()][schools.size()];
        onTime = new long[dates.size()][schools.size()];
        overdue = new long[schools.size()];
        reports = new byte[dates.size()][schools.size()];
    }

    /** The positions of the schools that pass the test, in order. */
    int[] where(IntPredicate test) {
        return java.util.stream.IntStream.range(0, schools.size()).filter(test).toArray();
    }

    /** The groups one level down: the positions of the schools of each municipality, or each school alone. */
    Map<Long, int[]> groups(int[] group, boolean byMunicipality) {
        Map<Long, List<Integer>> lists = new LinkedHashMap<>();
        for (int s : group) {
            SupportedSchool school = schools.get(s);
            lists.computeIfAbsent(byMunicipality ? school.municipalityId() : school.id(), k -> new ArrayList<>()).add(s);
        }
        Map<Long, int[]> groups = new LinkedHashMap<>();
        lists.forEach((id, members) -> groups.put(id, members.stream().mapToInt(Integer::intValue).toArray()));
        return groups;
    }

    void measures(Map<String, RoadmapFacts.MeasureCounts> counts) {
        for (int s = 0; s < schools.size(); s++) {
            RoadmapFacts.MeasureCounts c = counts.get(schools.get(s).key());
            if (c != null) {
                for (int d = 0; d < dates.size(); d++) {
                    due[d][s] = c.due()[d];
                    onTime[d][s] = c.onTime()[d];
                }
                overdue[s] = c.overdue();
            }
        }
    }

    void reports(List<MonitoringRepository.Reported> reported) {
        for (MonitoringRepository.Reported r : reported) {
            int s = positions.getOrDefault(r.schoolId(), -1);
            int d = dates.indexOf(r.date());
            if (s >= 0 && d >= 0) {
                reports[d][s] = r.onTime() ? ON_TIME : LATE;
            }
        }
    }

    void entered(List<MonitoringRepository.Entered> values) {
        for (MonitoringRepository.Entered v : values) {
            int s = positions.getOrDefault(v.schoolId(), -1);
            int d = dates.indexOf(v.date());
            if (s >= 0 && d >= 0) {
                entered.computeIfAbsent(v.indicatorId(), k -> new BigDecimal[dates.size()][schools.size()])[d][s] =
                        v.value();
            }
        }
    }

    /** What another context counts of the formula at the date, per school id. */
    void counted(Formula formula, int date, Map<Long, Share> shares) {
        Share[][] byDate = counted.computeIfAbsent(formula, f -> new Share[dates.size()][schools.size()]);
        for (int s = 0; s < schools.size(); s++) {
            byDate[date][s] = shares.getOrDefault(schools.get(s).id(), Share.NONE);
        }
    }

    void unsatisfactory(Map<Long, BigDecimal> means) {
        unsatisfactory = new BigDecimal[schools.size()];
        for (int s = 0; s < schools.size(); s++) {
            unsatisfactory[s] = means.get(schools.get(s).id());
        }
    }

    /** Whether the portal counts the formula: its own facts, or another context's source of it. */
    boolean counts(Formula formula) {
        return formula == Formula.MEASURES_ON_TIME || formula == Formula.SCHOOLS_REPORTED
                || formula == Formula.MUNICIPALITIES_REPORTED || formula == Formula.UNSATISFACTORY_RESULTS
                || counted.containsKey(formula);
    }

    /** Whether the date's reporting window has opened (nothing is counted for a date ahead of it). */
    boolean started(int date) {
        return date < started.length && started[date];
    }

    long reported(int[] group, int date) {
        return count(group, s -> reports[date][s] != NO_REPORT);
    }

    long reportedOnTime(int[] group, int date) {
        return count(group, s -> reports[date][s] == ON_TIME);
    }

    long overdue(int[] group) {
        long sum = 0;
        for (int s : group) {
            sum += overdue[s];
        }
        return sum;
    }

    /** The indicator's value over the group of schools at the date; none where nothing is counted. */
    Optional<BigDecimal> value(Indicator indicator, int[] group, int date) {
        if (dates.isEmpty() || !started(date)) {
            return Optional.empty();
        }
        if (indicator.isEntered()) {
            BigDecimal[][] values = entered.get(indicator.getId());
            return values == null ? Optional.empty() : mean(values[date], group);
        }
        Formula formula = indicator.formula().orElseThrow();
        return switch (formula) {
            case MEASURES_ON_TIME -> new Share(sum(onTime[date], group), sum(due[date], group)).percent();
            case SCHOOLS_REPORTED -> new Share(reported(group, date), group.length).percent();
            case MUNICIPALITIES_REPORTED -> municipalitiesReported(group, date).percent();
            case UNSATISFACTORY_RESULTS -> unsatisfactory == null ? Optional.empty() : mean(unsatisfactory, group);
            default -> {
                Share[][] byDate = counted.get(formula);
                if (byDate == null) {
                    yield Optional.empty();
                }
                long numerator = 0;
                long denominator = 0;
                for (int s : group) {
                    numerator += byDate[date][s].numerator();
                    denominator += byDate[date][s].denominator();
                }
                yield indicator.getUnit() == Unit.COUNT ? Optional.of(BigDecimal.valueOf(numerator))
                        : new Share(numerator, denominator).percent();
            }
        };
    }

    /** The municipalities of the group all of whose schools (in the group) reported at the date, of them all. */
    private Share municipalitiesReported(int[] group, int date) {
        Map<Long, Boolean> all = new HashMap<>();
        for (int s : group) {
            all.merge(schools.get(s).municipalityId(), reports[date][s] != NO_REPORT, Boolean::logicalAnd);
        }
        return new Share(all.values().stream().filter(Boolean::booleanValue).count(), all.size());
    }

    private static Optional<BigDecimal> mean(BigDecimal[] values, int[] group) {
        List<BigDecimal> given = new ArrayList<>(group.length);
        for (int s : group) {
            if (values[s] != null) {
                given.add(values[s]);
            }
        }
        return Aggregate.mean(given);
    }

    private static long sum(long[] values, int[] group) {
        long sum = 0;
        for (int s : group) {
            sum += values[s];
        }
        return sum;
    }

    private static long count(int[] group, IntPredicate test) {
        long n = 0;
        for (int s : group) {
            if (test.test(s)) {
                n++;
            }
        }
        return n;
    }
}
