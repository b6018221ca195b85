package ru.portal500.monitoring.application;

import ru.portal500.monitoring.domain.Formula;
import ru.portal500.monitoring.domain.Share;
import ru.portal500.registry.domain.Campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The port through which a context counts a computed indicator from its own facts (documents: approved programmes and
 * network agreements; contests: entries): each implements it in its own {@code application} package as a CDI bean,
 * with its own tenant-scoped queries. For each school asked about it answers a share — a yes or no is 1 of 1 or 0 of
 * 1; a count (contest entries) is n of n — as the facts stand on the day {@code asOf} where they keep their dates,
 * otherwise as they stand now (said in the README per formula).
 */
public interface IndicatorFacts {

    /** The formulas this source counts. */
    Set<Formula> formulas();

    /** Per school id asked about (every one of them), its share for the formula. */
    Map<Long, Share> shares(Formula formula, Campaign campaign, LocalDate asOf, Set<Long> schoolIds);
}
