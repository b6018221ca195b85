package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.monitoring.domain.Aggregate;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.registry.domain.CampaignSchool;
import ru.portal500.roadmaps.application.RoadmapFacts;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The monitoring dashboard of a campaign at a monitoring date, drilling down region → municipality → school: each
 * indicator's value for the place with its traffic light against the target, its trend over the campaign's dates, the
 * value of each place one level down, how the schools spread over the lights, and the share of schools that reached
 * the target; and per place the reporting rate and the on-time rate at the date and the measures overdue today. Shares
 * add up their counts; an entered value is the mean of the schools that gave one. The region's view is its operators',
 * a municipality's its coordinators' too, a school's whoever reads its monitoring.
 */
@ApplicationScoped
public class MonitoringDashboard {

    @Inject
    AccessGuard guard;

    @Inject
    CampaignRecords records;

    @Inject
    MonitoringRepository repository;

    @Inject
    IndicatorCatalogue catalogue;

    @Inject
    RoadmapFacts roadmaps;

    @Inject
    ru.portal500.tenancy.application.Territories territories;

    @Inject
    jakarta.enterprise.inject.Instance<IndicatorFacts> sources;

    Clock clock = Clock.systemDefaultZone();

    /** A place one level down, with the indicator's value there. */
    public record PlaceValue(long id, String name, BigDecimal value, Target.Light light) implements Serializable {
    }

    /**
     * An indicator at the date: {@code computed} false for a formula the portal does not count yet (no value, said so);
     * {@code trend} its value at each of the campaign's dates; {@code spread} how many schools have each light.
     */
    public record IndicatorLine(long id, String code, String title, Unit unit, BigDecimal target, BigDecimal warning,
                                Target.Direction direction, String source, boolean computed, BigDecimal value,
                                Target.Light light, Share reached, List<BigDecimal> trend,
                                Map<Target.Light, Long> spread, List<PlaceValue> places) implements Serializable {
    }

    /** A place's reporting at the date and its measures overdue today. */
    public record Reporting(long id, String name, long expected, long reported, long onTime, BigDecimal reportingRate,
                            BigDecimal onTimeRate, long overdue) implements Serializable {
    }

    /** Where the view stands: the region, a municipality or a school. */
    public enum Level { REGION, MUNICIPALITY, SCHOOL }

    /**
     * The dashboard: {@code started} false for a date whose reporting window has not opened yet (it opens on
     * {@code opensOn}; nothing is counted for it then); {@code regionReadable} whether the caller may see the region's
     * view (its operators).
     */
    public record View(int year, String region, String regionName, LocalDate date, List<LocalDate> dates,
                       LocalDate opensOn, boolean started, Level level, Long municipalityId, String municipality,
                       Long schoolId, String school, boolean regionReadable, List<IndicatorLine> indicators,
                       Reporting total, List<Reporting> places) implements Serializable {
    }

    /** The region's view at a date and at the date before it (none for the first), for the monitoring report. */
    public record ReportViews(View now, Optional<View> before) {
    }

    @Transactional
    public ReportViews report(String regionCode, Integer year, LocalDate date) {
        View now = view(regionCode, year, date, null, null);
        int at = now.dates().indexOf(now.date());
        return new ReportViews(now, at > 0 ? Optional.of(view(regionCode, now.year(), now.dates().get(at - 1), null,
                null)) : Optional.empty());
    }

    /**
     * The caller's own view: their region's (its operator), else their municipality's (its coordinator); none: 404.
     */
    @Transactional
    public View own(Integer year, LocalDate date) {
        Caller caller = guard.caller();
        Optional<Scope> region = caller.scopesOf(List.of(Role.REGIONAL_OPERATOR)).stream()
                .filter(s -> s.level() == Scope.Level.REGION).sorted(Comparator.comparing(Scope::toString)).findFirst();
        if (region.isPresent()) {
            return view(region.get().region(), year, date, null, null);
        }
        Scope municipality = guard.requireFound(caller.scopesOf(List.of(Role.MUNICIPAL_COORDINATOR)).stream()
                .filter(s -> s.level() == Scope.Level.MUNICIPALITY).sorted(Comparator.comparing(Scope::toString))
                .findFirst(), "own monitoring");
        Municipality found = guard.requireFound(territories.findMunicipality(municipality.region(),
                municipality.municipality()), "municipality/" + municipality);
        return view(municipality.region(), year, date, found.getId(), null);
    }

    /** A municipality's or a school's view, its region found from it (404 outside the caller's scope). */
    @Transactional
    public View viewOf(Integer year, LocalDate date, Long municipalityId, Long schoolId) {
        String region = schoolId != null
                ? guard.requireFound(territories.findSchool(schoolId), "school/" + schoolId).getMunicipality().getRegion()
                .getCode()
                : guard.requireFound(territories.findMunicipality(municipalityId), "municipality/" + municipalityId)
                .getRegion().getCode();
        return view(region, year, date, municipalityId, schoolId);
    }

    @Transactional
    public View view(String regionCode, Integer year, LocalDate date, Long municipalityId, Long schoolId) {
        Scope region = guard.region(regionCode);
        Caller caller = guard.caller();
        Campaign campaign = guard.requireFound(year != null ? records.campaign(regionCode, year)
                : records.campaignsOf(regionCode).stream().findFirst(), "campaign/" + regionCode + "/" + year);
        List<LocalDate> dates = campaign.schedule().monitoringDates();
        LocalDate today = LocalDate.now(clock);
        LocalDate at = date != null ? date : dates.stream().filter(d -> !d.isAfter(today))
                .reduce((a, b) -> b).orElse(dates.isEmpty() ? today : dates.get(0));
        if (!dates.isEmpty() && !dates.contains(at)) {
            throw new ru.portal500.monitoring.domain.MonitoringRuleException("monitoring.error.notADate",
                    Dates.day(at));
        }
        List<School> all = records.statuses(campaign).stream().filter(c -> c.getStatus().isSupported())
                .map(CampaignSchool::getSchool).toList();
        Level level;
        List<School> schools;
        Municipality place = null;
        if (schoolId != null) {
            level = Level.SCHOOL;
            schools = all.stream().filter(s -> s.getId().equals(schoolId)).toList();
            School one = guard.requireFound(schools.stream().findFirst(), "school/" + schoolId);
            place = one.getMunicipality();
            guard.require(ru.portal500.monitoring.domain.MonitoringRights.of(caller, one.scope()).mayRead(),
                    one.scope(), "monitoring.dashboard");
        } else if (municipalityId != null) {
            level = Level.MUNICIPALITY;
            schools = all.stream().filter(s -> s.getMunicipality().getId().equals(municipalityId)).toList();
            Municipality m = guard.requireFound(territories.findMunicipality(municipalityId)
                    .filter(found -> found.getRegion().getCode().equals(regionCode)), "municipality/" + municipalityId);
            place = m;
            guard.require(caller.holds(Role.MUNICIPAL_COORDINATOR, m.scope())
                    || caller.holds(Role.REGIONAL_OPERATOR, m.scope()), m.scope(), "monitoring.dashboard");
        } else {
            level = Level.REGION;
            guard.require(caller.holds(Role.REGIONAL_OPERATOR, region), region, "monitoring.dashboard");
            schools = all;
        }
        var settings = catalogue.settingsOf(regionCode);
        Facts facts = new Facts(dates, roadmaps.measures(campaign, dates, today), repository.reported(campaign),
                repository.entered(campaign), dates.stream().map(d -> !today.isBefore(settings.window(d).opensOn()))
                .toList());
        List<Indicator> indicators = catalogue.ensured(regionCode).stream().filter(i -> !i.isRetired()).toList();
        gather(facts, campaign, indicators, schools);
        int index = Math.max(0, dates.indexOf(at));
        List<IndicatorLine> lines = indicators.stream().map(i -> line(i, schools, level, facts, index)).toList();
        Map<Long, List<School>> byPlace = groups(schools, level);
        List<Reporting> places = byPlace.values().stream().map(group -> reporting(group, level, facts, index))
                .sorted(Comparator.comparing(Reporting::name)).toList();
        return new View(campaign.getSchoolYear(), regionCode, territories.findRegion(regionCode)
                .map(ru.portal500.tenancy.domain.Region::getName).orElse(regionCode), at, dates,
                settings.window(at).opensOn(), facts.started(index), level,
                place == null ? null : place.getId(), place == null ? null : place.getName(),
                level == Level.SCHOOL ? schoolId : null, level == Level.SCHOOL ? schools.get(0).getName() : null,
                caller.holds(Role.REGIONAL_OPERATOR, region), lines,
                reporting(schools, facts, index, 0L, regionCode), places);
    }

    /** The facts of the campaign, looked up by school and date. */
    private static final class Facts {
        final List<LocalDate> dates;
        final Map<String, RoadmapFacts.MeasureCounts> measures;
        final Map<String, Boolean> reported = new HashMap<>();
        final Map<String, BigDecimal> entered = new HashMap<>();
        /** Per formula counted by another context, its shares per school at each date. */
        final Map<Formula, List<Map<Long, Share>>> counted = new EnumMap<>(Formula.class);
        Map<Long, BigDecimal> unsatisfactory = Map.of();

        final List<Boolean> started;

        Facts(List<LocalDate> dates, Map<String, RoadmapFacts.MeasureCounts> measures,
              List<MonitoringRepository.Reported> reports, List<MonitoringRepository.Entered> values,
              List<Boolean> started) {
            this.dates = dates;
            this.started = started;
            this.measures = measures;
            reports.forEach(r -> reported.put(r.schoolId() + "@" + r.date(), r.onTime()));
            values.forEach(v -> entered.put(v.indicatorId() + ":" + v.schoolId() + "@" + v.date(), v.value()));
        }

        /** Whether the date's reporting window has opened (nothing is counted for a date ahead of it). */
        boolean started(int date) {
            return !dates.isEmpty() && started.get(date);
        }

        RoadmapFacts.MeasureCounts measures(School school) {
            return measures.get(school.scope().groupPath().substring(1));
        }

        Optional<Boolean> report(School school, int date) {
            return dates.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(reported.get(school.getId() + "@" + dates.get(date)));
        }

        BigDecimal value(Indicator indicator, School school, int date) {
            return dates.isEmpty() ? null : entered.get(indicator.getId() + ":" + school.getId() + "@" + dates.get(date));
        }
    }

    /** What the other contexts count for the indicators in use, at every date, for the view's schools. */
    private void gather(Facts facts, Campaign campaign, List<Indicator> indicators, List<School> schools) {
        java.util.Set<Formula> used = indicators.stream().map(Indicator::formula).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        java.util.Set<Long> ids = schools.stream().map(School::getId).collect(Collectors.toSet());
        for (IndicatorFacts source : sources) {
            for (Formula formula : source.formulas()) {
                if (used.contains(formula)) {
                    facts.counted.put(formula, facts.dates.stream()
                            .map(d -> source.shares(formula, campaign, d, ids)).toList());
                }
            }
        }
        if (used.contains(Formula.UNSATISFACTORY_RESULTS)) {
            facts.unsatisfactory = records.unsatisfactoryShares(campaign);
        }
    }

    /** The schools one level down from the view, by the id of their place (municipality, or the school itself). */
    private static Map<Long, List<School>> groups(List<School> schools, Level level) {
        Function<School, Long> key = level == Level.REGION ? s -> s.getMunicipality().getId() : School::getId;
        return schools.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static String name(List<School> group, Level level) {
        return level == Level.REGION ? group.get(0).getMunicipality().getName() : group.get(0).getName();
    }

    private IndicatorLine line(Indicator indicator, List<School> schools, Level level, Facts facts, int date) {
        Target target = indicator.target();
        boolean computed = indicator.isEntered() || indicator.formula().map(f -> counted(f, facts)).orElse(false);
        List<BigDecimal> trend = new ArrayList<>();
        for (int d = 0; d < facts.dates.size(); d++) {
            trend.add(computed ? value(indicator, schools, facts, d).orElse(null) : null);
        }
        Optional<BigDecimal> value = computed ? value(indicator, schools, facts, date) : Optional.empty();
        Map<Target.Light, Long> spread = new EnumMap<>(Target.Light.class);
        List<BigDecimal> perSchool = new ArrayList<>();
        for (School school : schools) {
            Optional<BigDecimal> own = computed && indicator.formula().orElse(null) != Formula.MUNICIPALITIES_REPORTED
                    ? value(indicator, List.of(school), facts, date) : Optional.empty();
            own.ifPresent(perSchool::add);
            spread.merge(target.light(own), 1L, Long::sum);
        }
        List<PlaceValue> places = level == Level.SCHOOL ? List.of() : groups(schools, level).values().stream()
                .map(group -> {
                    Optional<BigDecimal> v = computed ? value(indicator, group, facts, date) : Optional.empty();
                    return new PlaceValue(level == Level.REGION ? group.get(0).getMunicipality().getId()
                            : group.get(0).getId(), name(group, level), v.orElse(null), target.light(v));
                }).sorted(Comparator.comparing(PlaceValue::name)).toList();
        return new IndicatorLine(indicator.getId(), indicator.getCode(), indicator.getTitle(), indicator.getUnit(),
                target.target(), target.warning(), target.direction(), indicator.getSource(), computed,
                value.orElse(null), target.light(value), Aggregate.reached(perSchool, target), trend, spread, places);
    }

    /** Whether the portal counts the formula: its own facts, or another context's source of it. */
    private static boolean counted(Formula formula, Facts facts) {
        return formula == Formula.MEASURES_ON_TIME || formula == Formula.SCHOOLS_REPORTED
                || formula == Formula.MUNICIPALITIES_REPORTED || formula == Formula.UNSATISFACTORY_RESULTS
                || facts.counted.containsKey(formula);
    }

    /** The indicator's value over the schools at the date. */
    private static Optional<BigDecimal> value(Indicator indicator, List<School> schools, Facts facts, int date) {
        if (!facts.started(date)) {
            return Optional.empty();
        }
        if (indicator.isEntered()) {
            return Aggregate.mean(schools.stream().map(s -> facts.value(indicator, s, date)).toList());
        }
        return switch (indicator.formula().orElseThrow()) {
            case MEASURES_ON_TIME -> Share.sum(schools.stream().map(s -> {
                RoadmapFacts.MeasureCounts c = facts.measures(s);
                return c == null ? Share.NONE : new Share(c.onTime()[date], c.due()[date]);
            }).toList()).percent();
            case SCHOOLS_REPORTED -> new Share(schools.stream().filter(s -> facts.report(s, date).isPresent()).count(),
                    schools.size()).percent();
            case MUNICIPALITIES_REPORTED -> {
                Map<Long, List<School>> municipalities = schools.stream()
                        .collect(Collectors.groupingBy(s -> s.getMunicipality().getId()));
                long all = municipalities.values().stream()
                        .filter(g -> g.stream().allMatch(s -> facts.report(s, date).isPresent())).count();
                yield new Share(all, municipalities.size()).percent();
            }
            case UNSATISFACTORY_RESULTS -> Aggregate.mean(schools.stream()
                    .map(s -> facts.unsatisfactory.get(s.getId())).toList());
            default -> {
                List<Map<Long, Share>> byDate = facts.counted.get(indicator.formula().get());
                if (byDate == null) {
                    yield Optional.empty();
                }
                Share sum = Share.sum(schools.stream().map(s -> byDate.get(date).getOrDefault(s.getId(), Share.NONE))
                        .toList());
                yield indicator.getUnit() == Unit.COUNT ? Optional.of(BigDecimal.valueOf(sum.numerator()))
                        : sum.percent();
            }
        };
    }

    private Reporting reporting(List<School> group, Level level, Facts facts, int date) {
        long id = level == Level.REGION ? group.get(0).getMunicipality().getId() : group.get(0).getId();
        return reporting(group, facts, date, id, name(group, level));
    }

    private static Reporting reporting(List<School> group, Facts facts, int date, long id, String name) {
        long reported = group.stream().filter(s -> facts.report(s, date).isPresent()).count();
        long onTime = group.stream().filter(s -> facts.report(s, date).orElse(false)).count();
        long overdue = group.stream().map(facts::measures).filter(java.util.Objects::nonNull)
                .mapToLong(RoadmapFacts.MeasureCounts::overdue).sum();
        boolean counted = facts.started(date);
        return new Reporting(id, name, group.size(), reported, onTime,
                counted ? new Share(reported, group.size()).percent().orElse(null) : null,
                counted ? new Share(onTime, group.size()).percent().orElse(null) : null, overdue);
    }
}
