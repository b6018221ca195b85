package ru.portal500.notifications.application;

import java.time.LocalDate;

/**
 * A kind of reminder a region is sent on schedule (roadmap measures, monitoring reports, documents), which its
 * operator may also send at once: each implementation sends what is owed on the day, each reminder once.
 */
public interface RegionReminders {

    /** What it reminds of: {@code measures}, {@code reports}, {@code documents}. */
    String kind();

    /** @return how many reminders went out */
    int remind(String regionCode, LocalDate today);
}
