package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.monitoring.application.IndicatorFacts;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.registry.domain.Campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The contests' facts for monitoring: the entries each school submitted to the region's contests of the campaign's
 * school year by the monitoring date (submitted, returned for completion or admitted; not drafts, withdrawn or refused
 * ones), as a count (n of n).
 */
@ApplicationScoped
public class ContestFacts implements IndicatorFacts {

    @Inject
    EntryRepository entries;

    @Override
    public Set<Formula> formulas() {
        return Set.of(Formula.CONTEST_ENTRIES);
    }

    @Override
    @Transactional
    public Map<Long, Share> shares(Formula formula, Campaign campaign, LocalDate asOf, Set<Long> schoolIds) {
        Map<Long, Long> counts = entries.submittedBySchool(campaign.getRegion().getCode(), campaign.getSchoolYear(),
                asOf.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), schoolIds);
        Map<Long, Share> shares = new HashMap<>();
        schoolIds.forEach(school -> {
            long n = counts.getOrDefault(school, 0L);
            shares.put(school, new Share(n, n));
        });
        return shares;
    }
}
