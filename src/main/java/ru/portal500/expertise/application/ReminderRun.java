package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.domain.Reminder;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.shared.infrastructure.ScheduledWork;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminders of a region's open reviews: {@value Reminder#DAYS_BEFORE} days before the due date (once) and after it
 * (once, to the reviewer and the organisers). Each region in its own transaction; one failing does not stop
 * the others.
 */
@ApplicationScoped
public class ReminderRun implements ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());

    @Inject
    ReviewRepository repository;

    @Inject
    ExpertiseNotices notices;

    @Inject
    ReminderRun self;

    @Override
    public long firstAfterSeconds() {
        return 60;
    }

    @Override
    public long everySeconds() {
        return 3600;
    }

    /** Every hour: reminders of reviews due soon and, once, of overdue ones. */
    @Override
    public void run() {
        remindAll();
    }

    public void remindAll() {
        for (String region : repository.regionsWithOpenRounds()) {
            try {
                self.remind(region, LocalDate.now(ZoneId.of("Europe/Moscow")));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminders of region " + region + " failed", e);
            }
        }
    }

    /** @return how many reminders were sent */
    @Transactional
    public int remind(String regionCode, LocalDate today) {
        List<Long> overdue = new ArrayList<>();
        List<Long> dueSoon = new ArrayList<>();
        for (ExpertReview review : repository.openReviewsDueBy(regionCode, today.plusDays(Reminder.DAYS_BEFORE))) {
            switch (Reminder.owed(review, today)) {
                case OVERDUE -> {
                    notices.overdue(review);
                    overdue.add(review.getId());
                }
                case DUE_SOON -> {
                    notices.dueSoon(review);
                    dueSoon.add(review.getId());
                }
                case NONE -> {
                    // reminded already
                }
            }
        }
        repository.markReminded(overdue, true);
        repository.markReminded(dueSoon, false);
        return overdue.size() + dueSoon.size();
    }
}
