package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.monitoring.application.IndicatorFacts;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.registry.domain.Campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents' facts for monitoring, as the documents stood at the end of the monitoring date (Moscow time), from
 * their story (a date not over yet: as they stand now): a school's conceptual documents are approved when its concept and medium-term programme are approved and so is
 * every antirisk programme it has; its pair has an agreement when its network agreement is approved.
 */
@ApplicationScoped
public class DocumentFacts implements IndicatorFacts {

    static final Set<String> REQUIRED = Set.of("CONCEPT", "MEDIUM_TERM_PROGRAMME");
    static final String ANTIRISK = "ANTIRISK_PROGRAMME";
    static final String AGREEMENT = "NETWORK_AGREEMENT";

    /** The zone whose end of a monitoring date counts (the programme's: Moscow). */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    DocumentRepository documents;

    Clock clock = Clock.systemUTC();

    /**
     * The documents of these schools as they stood before a past instant: their story up to then cannot change, so
     * the answer is kept (the last {@value #KEPT} asked) and a dashboard's every view does not read it again.
     */
    private List<DocumentRepository.Standing> past(Campaign campaign, Instant before, Set<Long> schoolIds) {
        String key = campaign.getId() + "@" + before + "#" + schoolIds.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        synchronized (kept) {
            List<DocumentRepository.Standing> known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        List<DocumentRepository.Standing> read = documents.standingsBefore(campaign, before).stream()
                .filter(d -> schoolIds.contains(d.schoolId())).toList();
        synchronized (kept) {
            kept.put(key, read);
        }
        return read;
    }

    static final int KEPT = 64;

    private final Map<String, List<DocumentRepository.Standing>> kept = new java.util.LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<DocumentRepository.Standing>> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public Set<Formula> formulas() {
        return Set.of(Formula.APPROVED_DOCUMENTS, Formula.PAIRS_WITH_AGREEMENT);
    }

    @Override
    @Transactional
    public Map<Long, Share> shares(Formula formula, Campaign campaign, LocalDate asOf, Set<Long> schoolIds) {
        Map<Long, Set<String>> approved = new HashMap<>();
        Map<Long, Boolean> antiriskOpen = new HashMap<>();
        Instant dayEnds = asOf.plusDays(1).atStartOfDay(MOSCOW).toInstant();
        List<DocumentRepository.Standing> standings = dayEnds.isAfter(clock.instant()) ? documents.standings(campaign)
                : past(campaign, dayEnds, schoolIds);
        for (DocumentRepository.Standing d : standings) {
            if (d.state() == DocumentState.APPROVED) {
                approved.computeIfAbsent(d.schoolId(), k -> new HashSet<>()).add(d.typeCode());
            } else if (d.typeCode().equals(ANTIRISK)) {
                antiriskOpen.put(d.schoolId(), true);
            }
        }
        Map<Long, Share> shares = new HashMap<>();
        for (Long school : schoolIds) {
            Set<String> done = approved.getOrDefault(school, Set.of());
            boolean yes = formula == Formula.APPROVED_DOCUMENTS
                    ? done.containsAll(REQUIRED) && !antiriskOpen.getOrDefault(school, false)
                    : done.contains(AGREEMENT);
            shares.put(school, new Share(yes ? 1 : 0, 1));
        }
        return shares;
    }

}
