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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The documents' facts for monitoring, as the documents stand now (their states keep no date to count back from):
 * a school's conceptual documents are approved when its concept and medium-term programme are approved and so is
 * every antirisk programme it has; its pair has an agreement when its network agreement is approved.
 */
@ApplicationScoped
public class DocumentFacts implements IndicatorFacts {

    static final Set<String> REQUIRED = Set.of("CONCEPT", "MEDIUM_TERM_PROGRAMME");
    static final String ANTIRISK = "ANTIRISK_PROGRAMME";
    static final String AGREEMENT = "NETWORK_AGREEMENT";

    @Inject
    DocumentRepository documents;

    @Override
    public Set<Formula> formulas() {
        return Set.of(Formula.APPROVED_DOCUMENTS, Formula.PAIRS_WITH_AGREEMENT);
    }

    @Override
    @Transactional
    public Map<Long, Share> shares(Formula formula, Campaign campaign, LocalDate asOf, Set<Long> schoolIds) {
        Map<Long, Set<String>> approved = new HashMap<>();
        Map<Long, Boolean> antiriskOpen = new HashMap<>();
        for (DocumentRepository.Standing d : documents.standings(campaign)) {
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
