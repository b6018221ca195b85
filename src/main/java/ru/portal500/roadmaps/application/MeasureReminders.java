package ru.portal500.roadmaps.application;

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

/** Every hour from start-up, the reminders of open roadmap measures ({@link MeasureReminderRun}). */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class MeasureReminders {

    private static final long FIRST_AFTER_SECONDS = 75;
    private static final long EVERY_SECONDS = 3600;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MeasureReminderRun run;

    private ScheduledFuture<?> reminders;

    @Inject
    ru.portal500.platform.config.PortalSettings settings;

    @PostConstruct
    void start() {
        if (!settings.sendsReminders()) {
            return;
        }
        reminders = scheduler.scheduleWithFixedDelay(run::remindAll, FIRST_AFTER_SECONDS, EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (reminders != null) {
            reminders.cancel(false);
        }
    }
}
