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

/**
 * From start-up on, every five minutes, sends the notification mails still pending a minute after they
 * were written: those a restart or a full queue kept from going out after their commit.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class MailRetry {

    private static final long FIRST_AFTER_SECONDS = 30;
    private static final long EVERY_SECONDS = 300;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailDelivery delivery;

    private ScheduledFuture<?> retries;

    @PostConstruct
    void start() {
        retries = scheduler.scheduleWithFixedDelay(delivery::retryOverdue, FIRST_AFTER_SECONDS, EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        retries.cancel(false);
    }
}
