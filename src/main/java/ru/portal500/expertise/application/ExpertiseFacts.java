package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.expertise.domain.RoundReport;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.monitoring.application.IndicatorFacts;
import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.registry.domain.Campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The expertise's facts for monitoring, from the reviews submitted by the monitoring date: a school's documents judged
 * at the campaign's expert rounds and those of them that conform (at least half of a document's reviews say it
 * conforms, with or without remarks); and whether the school took part in the mutual expertise (a review by it
 * submitted in a mutual round): 1 of 1, else 0 of 1.
 */
@ApplicationScoped
public class ExpertiseFacts implements IndicatorFacts {

    @Inject
    ReviewRepository reviews;

    @Override
    public Set<Formula> formulas() {
        return Set.of(Formula.CONFORMING_AT_EXPERTISE, Formula.MUTUAL_EXPERTISE_PARTICIPATION);
    }

    @Override
    @Transactional
    public Map<Long, Share> shares(Formula formula, Campaign campaign, LocalDate asOf, Set<Long> schoolIds) {
        List<ReviewRepository.Judged> judged = reviews.judged(campaign,
                asOf.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        Map<Long, Share> shares = new HashMap<>();
        if (formula == Formula.MUTUAL_EXPERTISE_PARTICIPATION) {
            Set<Long> took = judged.stream().filter(j -> j.kind() == RoundKind.MUTUAL && j.reviewerSchoolId() != null)
                    .map(ReviewRepository.Judged::reviewerSchoolId).collect(Collectors.toCollection(HashSet::new));
            schoolIds.forEach(s -> shares.put(s, new Share(took.contains(s) ? 1 : 0, 1)));
            return shares;
        }
        Map<Long, List<ReviewRepository.Judged>> byDocument = judged.stream().filter(j -> j.kind() != RoundKind.MUTUAL)
                .collect(Collectors.groupingBy(ReviewRepository.Judged::documentId));
        Map<Long, long[]> bySchool = new HashMap<>();
        byDocument.values().forEach(documentReviews -> {
            long conforming = documentReviews.stream().filter(j -> RoundReport.CONFORMING.contains(j.verdict())).count();
            long[] counts = bySchool.computeIfAbsent(documentReviews.get(0).schoolId(), k -> new long[2]);
            counts[1]++;
            if (2 * conforming >= documentReviews.size()) {
                counts[0]++;
            }
        });
        schoolIds.forEach(s -> {
            long[] counts = bySchool.getOrDefault(s, new long[2]);
            shares.put(s, new Share(counts[0], counts[1]));
        });
        return shares;
    }
}
