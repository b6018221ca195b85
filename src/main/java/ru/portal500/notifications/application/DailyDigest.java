package ru.portal500.notifications.application;

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

/** Every ten minutes from start-up, sends the day's digests when their hour has come ({@link DigestRun}). */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DailyDigest {

    private static final long FIRST_AFTER_SECONDS = 90;
    private static final long EVERY_SECONDS = 600;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DigestRun run;

    private ScheduledFuture<?> digests;

    @Inject
    ru.portal500.platform.config.PortalSettings settings;

    @PostConstruct
    void start() {
        if (!settings.sendsReminders()) {
            return;
        }
        digests = scheduler.scheduleWithFixedDelay(run::sendDue, FIRST_AFTER_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (digests != null) {
            digests.cancel(false);
        }
    }
}
