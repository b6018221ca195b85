package ru.portal500.monitoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.roadmaps.application.EscalationPolicy;

/** The region's monitoring setting «через сколько дней просрочки сообщать координатору», for the roadmaps' reminders. */
@ApplicationScoped
public class MonitoringEscalation implements EscalationPolicy {

    @Inject
    IndicatorCatalogue catalogue;

    @Override
    public int escalateAfterDays(String regionCode) {
        return catalogue.settingsOf(regionCode).getEscalateAfterDays();
    }
}
