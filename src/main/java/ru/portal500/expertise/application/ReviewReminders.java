package ru.portal500.expertise.application;

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

/** Every hour from start-up, reminds reviewers of reviews due soon and, once, of overdue ones ({@link ReminderRun}). */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ReviewReminders {

    private static final long FIRST_AFTER_SECONDS = 60;
    private static final long EVERY_SECONDS = 3600;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReminderRun run;

    private ScheduledFuture<?> reminders;

    @Inject
    ru.portal500.platform.config.PortalSettings settings;

    @PostConstruct
    void start() {
        if (!settings.sendsReminders()) {
            return;
        }
        reminders = scheduler.scheduleWithFixedDelay(run::remindAll, FIRST_AFTER_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (reminders != null) {
            reminders.cancel(false);
        }
    }
}
