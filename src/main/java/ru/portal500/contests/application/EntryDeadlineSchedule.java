package ru.portal500.contests.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every hour from start-up, reminds the entrants of drafts whose contest closes its entries soon. */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class EntryDeadlineSchedule {

    private static final Logger LOG = Logger.getLogger(EntryDeadlineSchedule.class.getName());
    private static final long FIRST_AFTER_SECONDS = 90;
    private static final long EVERY_SECONDS = 3600;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EntryDeadlineReminders reminders;

    private ScheduledFuture<?> run;

    @PostConstruct
    void start() {
        run = scheduler.scheduleWithFixedDelay(this::remind, FIRST_AFTER_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private void remind() {
        try {
            reminders.remind();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders of contests' closing entries failed", e);
        }
    }

    @PreDestroy
    void stop() {
        run.cancel(false);
    }
}
