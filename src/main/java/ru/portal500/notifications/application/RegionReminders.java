package ru.portal500.notifications.application;

import ru.portal500.tenancy.application.RegionReading;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A kind of reminder a region is sent on schedule (roadmap measures, monitoring reports, documents), which its
 * operator may also send at once: each implementation sends what is owed on the day, each reminder once.
 */
public interface RegionReminders {

    /** What it reminds of: {@code measures}, {@code reports}, {@code documents}. */
    String kind();

    /** @return how many reminders went out */
    int remind(String regionCode, LocalDate today);

    /**
     * Today's reminders (Moscow's day) of every region, each through {@code reminders} — the bean's proxy, so that each
     * region is its own transaction — one region failing is logged and the others go on.
     */
    static void everyRegion(RegionReading regions, RegionReminders reminders, Logger log) {
        List<String> codes;
        try {
            codes = regions.regionCodes();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, "Reminders of " + reminders.kind() + ": regions not read", e);
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        for (String region : codes) {
            try {
                reminders.remind(region, today);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, "Reminders of " + reminders.kind() + " in region " + region + " failed", e);
            }
        }
    }
}
