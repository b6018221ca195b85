package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.monitoring.application.MonitoringDashboard.IndicatorLine;
import ru.portal500.monitoring.application.MonitoringDashboard.Reporting;
import ru.portal500.monitoring.application.MonitoringDashboard.View;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.tenancy.application.RegionReading;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The monitoring of every region at once, for the federal reader of aggregates: per region its campaign of the school
 * year at its latest monitoring date passed (each region keeps its own dates), with the reporting rate, the on-time
 * rate, the overdue measures and each indicator's value and light; the same per municipality; and per indicator how
 * many regions reached the target. Counts and shares only: no school's name, document or value leaves here. Each
 * region is read as its operator's dashboard reads it ({@link RegionReading}), by the same computation.
 */
@ApplicationScoped
public class FederalRollUp {

    @Inject
    AccessGuard guard;

    @Inject
    RegionReading regions;

    @Inject
    CampaignRecords records;

    @Inject
    MonitoringDashboard dashboard;

    /** An indicator's value and light in a place. */
    public record Figure(String code, BigDecimal value, Target.Light light) implements Serializable {
    }

    /** A municipality: its reporting and its figures. */
    public record MunicipalityLine(long id, String name, Reporting reporting, List<Figure> figures)
            implements Serializable {
    }

    /**
     * A region at its date ({@code started} false while that date's window has not opened: no figures then): its
     * reporting, its figures with the share of its schools at target, and its municipalities.
     */
    public record RegionLine(String region, String name, LocalDate date, boolean started, Reporting reporting,
                             List<Figure> figures, Map<String, Share> reached, List<MunicipalityLine> municipalities)
            implements Serializable {
    }

    /** An indicator as the regions define it (built-in ones share their code), and how many regions reached it. */
    public record Column(String code, String title, Unit unit, BigDecimal target, Target.Direction direction,
                         Share regionsAtTarget) implements Serializable {
    }

    /**
     * The roll-up of a school year: the years any region has a campaign of, the regions that have one this year, those
     * that have none, the indicators, and the reporting over every region.
     */
    public record RollUp(int year, List<Integer> years, List<RegionLine> regions, List<String> regionsWithout,
                         List<Column> columns, Reporting total) implements Serializable {
    }

    /** The roll-up of the school year (the latest any region has when none is asked); 403 without the role. */
    @Transactional
    public RollUp rollUp(Integer year) {
        guard.requireAnyRole(List.of(Role.FEDERAL_READER), "monitoring.federal");
        List<String> codes = regions.regionCodes();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        for (String code : codes) {
            regions.within(code, () -> years.addAll(records.campaignsOf(code).stream().map(Campaign::getSchoolYear)
                    .toList()));
        }
        int wanted = year != null ? year : years.isEmpty() ? LocalDate.now().getYear() : years.first();
        List<View> views = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String code : codes) {
            Optional<View> view = regions.within(code, () -> records.campaign(code, wanted)
                    .map(dashboard::regionAggregates));
            view.ifPresentOrElse(views::add, () -> without.add(code));
        }
        List<RegionLine> lines = views.stream().map(FederalRollUp::line).toList();
        return new RollUp(wanted, List.copyOf(years), lines, without, columns(views), total(views));
    }

    private static RegionLine line(View view) {
        Map<Long, List<Figure>> byMunicipality = new TreeMap<>();
        for (IndicatorLine indicator : view.indicators()) {
            indicator.places().forEach(p -> byMunicipality.computeIfAbsent(p.id(), k -> new ArrayList<>())
                    .add(new Figure(indicator.code(), p.value(), p.light())));
        }
        List<MunicipalityLine> municipalities = view.places().stream().map(r -> new MunicipalityLine(r.id(),
                r.name(), r, byMunicipality.getOrDefault(r.id(), List.of()))).toList();
        return new RegionLine(view.region(), view.regionName(), view.date(), view.started(), view.total(),
                view.indicators().stream().map(i -> new Figure(i.code(), i.value(), i.light())).toList(),
                view.indicators().stream().collect(Collectors.toMap(IndicatorLine::code, IndicatorLine::reached,
                        (a, b) -> a, TreeMap::new)), municipalities);
    }

    /** The indicators in the order the regions give them, each once by code, with the regions at target. */
    private static List<Column> columns(List<View> views) {
        Map<String, Column> columns = new java.util.LinkedHashMap<>();
        Map<String, long[]> reached = new TreeMap<>();
        for (View view : views) {
            for (IndicatorLine i : view.indicators()) {
                columns.putIfAbsent(i.code(), new Column(i.code(), i.title(), i.unit(), i.target(), i.direction(),
                        Share.NONE));
                if (i.value() != null) {
                    long[] counts = reached.computeIfAbsent(i.code(), k -> new long[2]);
                    counts[1]++;
                    if (i.light() == Target.Light.GREEN) {
                        counts[0]++;
                    }
                }
            }
        }
        return columns.values().stream().map(c -> {
            long[] counts = reached.getOrDefault(c.code(), new long[2]);
            return new Column(c.code(), c.title(), c.unit(), c.target(), c.direction(),
                    new Share(counts[0], counts[1]));
        }).toList();
    }

    /** The reporting of every region at its own date, added up. */
    private static Reporting total(List<View> views) {
        long expected = 0;
        long reported = 0;
        long onTime = 0;
        long overdue = 0;
        for (View view : views) {
            Reporting r = view.total();
            overdue += r.overdue();
            if (view.started()) {
                expected += r.expected();
                reported += r.reported();
                onTime += r.onTime();
            }
        }
        return new Reporting(0, "", expected, reported, onTime, new Share(reported, expected).percent().orElse(null),
                new Share(onTime, expected).percent().orElse(null), overdue);
    }
}
