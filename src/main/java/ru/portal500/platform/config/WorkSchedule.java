package ru.portal500.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.portal500.shared.infrastructure.ScheduledWork;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs every {@link ScheduledWork} of the portal at its interval from start-up (after the migrations), unless this node
 * sends no reminders ({@link PortalSettings#sendsReminders}); stops them with the application.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class WorkSchedule {

    private static final Logger LOG = Logger.getLogger(WorkSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @Any
    Instance<ScheduledWork> work;

    @Inject
    PortalSettings settings;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    @PostConstruct
    void start() {
        if (!settings.sendsReminders()) {
            LOG.info("Reminders and digests are sent by another node (PORTAL_REMINDERS=false)");
            return;
        }
        for (ScheduledWork each : work) {
            scheduled.add(scheduler.scheduleWithFixedDelay(each::run, each.firstAfterSeconds(), each.everySeconds(),
                    TimeUnit.SECONDS));
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(s -> s.cancel(false));
    }
}
