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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The region's view (or a municipality's, {@code municipalityId}) at a date and at the date before it (none for the
     * first), for the monitoring report.
     */
    public record ReportViews(View now, Optional<View> before) {
    }

    @Transactional
    public ReportViews report(String regionCode, Integer year, LocalDate date, Long municipalityId) {
        View now = view(regionCode, year, date, municipalityId, null);
        int at = now.dates().indexOf(now.date());
        return new ReportViews(now, at > 0 ? Optional.of(view(regionCode, now.year(), now.dates().get(at - 1),
                municipalityId, null)) : Optional.empty());
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
        Moment moment = moment(campaign, date);
        DashboardFacts facts = moment.facts(records.supportedSchools(campaign));
        if (schoolId != null) {
            int[] schools = facts.where(s -> facts.schools.get(s).id() == schoolId);
            School one = guard.requireFound(schools.length == 0 ? Optional.<School>empty()
                    : territories.findSchool(schoolId), "school/" + schoolId);
            guard.require(ru.portal500.monitoring.domain.MonitoringRights.of(caller, one.scope()).mayRead(),
                    one.scope(), "monitoring.dashboard");
            return compute(campaign, moment, facts, new Place(Level.SCHOOL, schools, one.getMunicipality().getId(),
                    one.getMunicipality().getName(), schoolId), caller.holds(Role.REGIONAL_OPERATOR, region));
        }
        if (municipalityId != null) {
            Municipality m = guard.requireFound(territories.findMunicipality(municipalityId)
                    .filter(found -> found.getRegion().getCode().equals(regionCode)), "municipality/" + municipalityId);
            guard.require(caller.holds(Role.MUNICIPAL_COORDINATOR, m.scope())
                    || caller.holds(Role.REGIONAL_OPERATOR, m.scope()), m.scope(), "monitoring.dashboard");
            int[] schools = facts.where(s -> facts.schools.get(s).municipalityId() == municipalityId);
            return compute(campaign, moment, facts, new Place(Level.MUNICIPALITY, schools, m.getId(), m.getName(),
                    null), caller.holds(Role.REGIONAL_OPERATOR, region));
        }
        guard.require(caller.holds(Role.REGIONAL_OPERATOR, region), region, "monitoring.dashboard");
        return compute(campaign, moment, facts, new Place(Level.REGION, facts.where(s -> true), null, null, null),
                true);
    }

    /**
     * The region's view at its latest monitoring date passed, for a service that checked the caller may see it and
     * reads the region for them (the federal roll-up): counts and shares per municipality, no school's name.
     */
    View regionAggregates(Campaign campaign) {
        Moment moment = moment(campaign, null);
        DashboardFacts facts = moment.facts(records.supportedSchools(campaign));
        return compute(campaign, moment, facts, new Place(Level.REGION, facts.where(s -> true), null, null, null),
                false);
    }

    /** The campaign's dates, the one shown (the latest passed unless asked), today and the region's windows. */
    private record Moment(List<LocalDate> dates, LocalDate at, LocalDate today,
                          ru.portal500.monitoring.domain.MonitoringSettings settings) {

        DashboardFacts facts(List<CampaignRecords.SupportedSchool> schools) {
            return new DashboardFacts(dates, dates.stream().map(d -> !today.isBefore(settings.window(d).opensOn()))
                    .toList(), schools);
        }
    }

    private Moment moment(Campaign campaign, LocalDate date) {
        List<LocalDate> dates = campaign.schedule().monitoringDates();
        LocalDate today = LocalDate.now(clock);
        LocalDate at = date != null ? date : dates.stream().filter(d -> !d.isAfter(today))
                .reduce((a, b) -> b).orElse(dates.isEmpty() ? today : dates.get(0));
        if (!dates.isEmpty() && !dates.contains(at)) {
            throw new ru.portal500.monitoring.domain.MonitoringRuleException("monitoring.error.notADate",
                    Dates.day(at));
        }
        return new Moment(dates, at, today, catalogue.settingsOf(campaign.getRegion().getCode()));
    }

    /** Where the view stands: its level, the positions of its schools, its municipality and school (none above). */
    private record Place(Level level, int[] schools, Long municipalityId, String municipality, Long schoolId) {
    }

    private View compute(Campaign campaign, Moment moment, DashboardFacts facts, Place place,
                         boolean regionReadable) {
        String regionCode = campaign.getRegion().getCode();
        List<LocalDate> dates = moment.dates();
        facts.measures(roadmaps.measures(campaign, dates, moment.today()));
        facts.reports(repository.reported(campaign));
        facts.entered(repository.entered(campaign));
        List<Indicator> indicators = catalogue.ensured(regionCode).stream().filter(i -> !i.isRetired()).toList();
        int[] schools = place.schools();
        Level level = place.level();
        gather(facts, campaign, indicators, schools);
        int index = Math.max(0, dates.indexOf(moment.at()));
        Map<Long, int[]> byPlace = facts.groups(schools, level == Level.REGION);
        List<IndicatorLine> lines = indicators.stream().map(i -> line(i, schools, byPlace, level, facts, index))
                .toList();
        List<Reporting> places = byPlace.entrySet().stream()
                .map(group -> reporting(group.getValue(), facts, index, group.getKey(), name(facts, group.getValue(),
                        level)))
                .sorted(Comparator.comparing(Reporting::name)).toList();
        return new View(campaign.getSchoolYear(), regionCode, territories.findRegion(regionCode)
                .map(ru.portal500.tenancy.domain.Region::getName).orElse(regionCode), moment.at(), dates,
                moment.settings().window(moment.at()).opensOn(), facts.started(index), level, place.municipalityId(),
                place.municipality(), level == Level.SCHOOL ? place.schoolId() : null,
                level == Level.SCHOOL ? facts.schools.get(schools[0]).name() : null, regionReadable, lines,
                reporting(schools, facts, index, 0L, regionCode), places);
    }

    /** What the other contexts count for the indicators in use, at every date, for the view's schools. */
    private void gather(DashboardFacts facts, Campaign campaign, List<Indicator> indicators, int[] schools) {
        java.util.Set<Formula> used = indicators.stream().map(Indicator::formula).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        java.util.Set<Long> ids = java.util.Arrays.stream(schools).mapToObj(s -> facts.schools.get(s).id())
                .collect(Collectors.toSet());
        for (IndicatorFacts source : sources) {
            for (Formula formula : source.formulas()) {
                if (used.contains(formula)) {
                    for (int d = 0; d < facts.dates.size(); d++) {
                        if (facts.started(d)) {
                            facts.counted(formula, d, source.shares(formula, campaign, facts.dates.get(d), ids));
                        }
                    }
                }
            }
        }
        if (used.contains(Formula.UNSATISFACTORY_RESULTS)) {
            facts.unsatisfactory(records.unsatisfactoryShares(campaign));
        }
    }

    private static String name(DashboardFacts facts, int[] group, Level level) {
        var first = facts.schools.get(group[0]);
        return level == Level.REGION ? first.municipalityName() : first.name();
    }

    private IndicatorLine line(Indicator indicator, int[] schools, Map<Long, int[]> byPlace, Level level,
                               DashboardFacts facts, int date) {
        Target target = indicator.target();
        boolean computed = indicator.isEntered() || indicator.formula().map(facts::counts).orElse(false);
        List<BigDecimal> trend = new ArrayList<>();
        for (int d = 0; d < facts.dates.size(); d++) {
            trend.add(computed ? facts.value(indicator, schools, d).orElse(null) : null);
        }
        Optional<BigDecimal> value = computed ? facts.value(indicator, schools, date) : Optional.empty();
        Map<Target.Light, Long> spread = new EnumMap<>(Target.Light.class);
        List<BigDecimal> perSchool = new ArrayList<>();
        boolean perSchoolCounted = computed && indicator.formula().orElse(null) != Formula.MUNICIPALITIES_REPORTED;
        for (int school : schools) {
            Optional<BigDecimal> own = perSchoolCounted ? facts.value(indicator, new int[]{school}, date)
                    : Optional.empty();
            own.ifPresent(perSchool::add);
            spread.merge(target.light(own), 1L, Long::sum);
        }
        List<PlaceValue> places = level == Level.SCHOOL ? List.of() : byPlace.entrySet().stream()
                .map(group -> {
                    Optional<BigDecimal> v = computed ? facts.value(indicator, group.getValue(), date)
                            : Optional.empty();
                    return new PlaceValue(group.getKey(), name(facts, group.getValue(), level), v.orElse(null),
                            target.light(v));
                }).sorted(Comparator.comparing(PlaceValue::name)).toList();
        return new IndicatorLine(indicator.getId(), indicator.getCode(), indicator.getTitle(), indicator.getUnit(),
                target.target(), target.warning(), target.direction(), indicator.getSource(), computed,
                value.orElse(null), target.light(value), Aggregate.reached(perSchool, target), trend, spread, places);
    }

    private static Reporting reporting(int[] group, DashboardFacts facts, int date, long id, String name) {
        long reported = facts.reported(group, date);
        long onTime = facts.reportedOnTime(group, date);
        boolean counted = facts.started(date);
        return new Reporting(id, name, group.length, reported, onTime,
                counted ? new Share(reported, group.length).percent().orElse(null) : null,
                counted ? new Share(onTime, group.length).percent().orElse(null) : null, facts.overdue(group));
    }
}
