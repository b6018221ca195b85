package ru.portal500.monitoring.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The reporting window of a monitoring date: it opens {@code daysBefore} days before the date and locks after it (the
 * date itself is the last day). After the lock a school reports only under an exception its coordinator granted:
 * with a reason, until a day.
 */
public record ReportingWindow(LocalDate monitoringDate, int daysBefore) {

    /** The most days before a monitoring date a window may open. */
    public static final int MAX_DAYS_BEFORE = 90;

    public ReportingWindow {
        Objects.requireNonNull(monitoringDate, "monitoringDate");
        if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
            throw new MonitoringRuleException("monitoring.error.windowDays", MAX_DAYS_BEFORE);
        }
    }

    /** A coordinator's exception for one school: it may report until {@code until}, for the reason given. */
    public record Exception(LocalDate until, String reason) {

        public Exception {
            Objects.requireNonNull(until, "until");
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty()) {
                throw new MonitoringRuleException("monitoring.error.exceptionReason");
            }
        }
    }

    /** Where the window stands on a day. */
    public enum Phase { NOT_YET_OPEN, OPEN, LOCKED }

    public LocalDate opensOn() {
        return monitoringDate.minusDays(daysBefore);
    }

    public Phase phase(LocalDate today) {
        if (today.isBefore(opensOn())) {
            return Phase.NOT_YET_OPEN;
        }
        return today.isAfter(monitoringDate) ? Phase.LOCKED : Phase.OPEN;
    }

    /**
     * Refuses a report on {@code today} unless the window is open, or locked and the school holds an exception
     * lasting to today.
     */
    public void requireOpen(LocalDate today, Optional<Exception> exception) {
        switch (phase(today)) {
            case NOT_YET_OPEN -> throw new MonitoringRuleException("monitoring.error.notYetOpen", day(opensOn()),
                    day(monitoringDate));
            case LOCKED -> {
                if (exception.filter(e -> !today.isAfter(e.until())).isEmpty()) {
                    throw new MonitoringRuleException("monitoring.error.locked", day(monitoringDate));
                }
            }
            case OPEN -> {
            }
        }
    }

    private static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }
}
