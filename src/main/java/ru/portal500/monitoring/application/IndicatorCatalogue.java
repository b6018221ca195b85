package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.monitoring.domain.BuiltInIndicators;
import ru.portal500.monitoring.domain.Indicator;
import ru.portal500.monitoring.domain.MonitoringRuleException;
import ru.portal500.monitoring.domain.MonitoringSettings;
import ru.portal500.monitoring.domain.Target;
import ru.portal500.monitoring.domain.Unit;
import ru.portal500.monitoring.infrastructure.MonitoringRepository;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's indicators and monitoring settings: read by everyone of the region; the seeds' indicators built in on
 * first use; targets, wording and the region's own entered indicators set by its operators.
 */
@ApplicationScoped
public class IndicatorCatalogue {

    @Inject
    AccessGuard guard;

    @Inject
    MonitoringRepository repository;

    /** An indicator's definition as a client sends it. */
    public record Definition(String code, String title, Unit unit, BigDecimal target, BigDecimal warning,
                             Target.Direction direction, String source) {
    }

    /** The region's indicators in their order, the built-in ones added first if the region has none yet. */
    @Transactional
    public List<Indicator> of(String regionCode) {
        guard.requireActsIn(regionCode, "monitoring.indicators");
        return ensured(regionCode);
    }

    /** The same, for the services that have checked the caller already. */
    List<Indicator> ensured(String regionCode) {
        List<Indicator> indicators = repository.indicators(regionCode);
        if (indicators.isEmpty()) {
            BuiltInIndicators.ALL.forEach(d -> repository.add(Indicator.builtIn(regionCode, d)));
            repository.flush();
            indicators = repository.indicators(regionCode);
        }
        return indicators;
    }

    /** New wording, target and source of an indicator (the region's operators). */
    @Transactional
    public Indicator redefine(String regionCode, long id, Definition definition) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "monitoring.indicators.change");
        ensured(regionCode);
        Indicator indicator = guard.requireFound(repository.indicator(regionCode, id), "indicator/" + id);
        indicator.define(definition.title(), target(definition), definition.source());
        repository.flush();
        return indicator;
    }

    /** The region's own indicator, entered per school at the monitoring dates (the region's operators). */
    @Transactional
    public Indicator add(String regionCode, Definition definition) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "monitoring.indicators.add");
        List<Indicator> present = ensured(regionCode);
        if (definition.unit() == null) {
            throw new MonitoringRuleException("monitoring.error.unit");
        }
        String code = definition.code() == null ? null : definition.code().strip();
        if (present.stream().anyMatch(i -> i.getCode().equals(code))) {
            throw new MonitoringRuleException("monitoring.error.codeTaken", code);
        }
        int position = present.stream().mapToInt(Indicator::getPosition).max().orElse(0) + 1;
        Indicator added = repository.add(Indicator.entered(regionCode, code, position, definition.unit(),
                definition.title(), target(definition), definition.source()));
        repository.flush();
        return added;
    }

    /** The region's settings (the defaults until its operator sets them). */
    @Transactional
    public MonitoringSettings settings(String regionCode) {
        guard.requireActsIn(regionCode, "monitoring.settings");
        return settingsOf(regionCode);
    }

    MonitoringSettings settingsOf(String regionCode) {
        return repository.settings(regionCode).orElseGet(() -> new MonitoringSettings(regionCode));
    }

    @Transactional
    public MonitoringSettings changeSettings(String regionCode, int windowDays, int escalateAfterDays) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "monitoring.settings.change");
        MonitoringSettings settings = repository.settings(regionCode)
                .orElseGet(() -> repository.add(new MonitoringSettings(regionCode)));
        settings.change(windowDays, escalateAfterDays);
        repository.flush();
        return settings;
    }

    private static Target target(Definition definition) {
        if (definition.target() == null || definition.warning() == null || definition.direction() == null) {
            throw new MonitoringRuleException("monitoring.error.targetEmpty");
        }
        return new Target(definition.target(), definition.warning(), definition.direction());
    }
}
