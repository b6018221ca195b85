package ru.portal500.roadmaps.application;

/**
 * After how many days overdue a school's measure is told to its coordinator: a region's setting kept by monitoring
 * (which implements this port as a CDI bean); {@value #DEFAULT_DAYS} where nobody implements it.
 */
public interface EscalationPolicy {

    int DEFAULT_DAYS = 7;

    int escalateAfterDays(String regionCode);
}
