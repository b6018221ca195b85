package ru.portal500.expertise.domain;

import java.time.LocalDate;

/** Which reminder an open review is owed today: one a few days before its round's due date, one after it. */
public enum Reminder {
    NONE,
    DUE_SOON,
    OVERDUE;

    /** Days before the due date when the first reminder goes out. */
    public static final int DAYS_BEFORE = 3;

    public static Reminder owed(ExpertReview review, LocalDate today) {
        if (!review.getState().isOpen() || !review.getRound().getState().equals(RoundState.OPEN)) {
            return NONE;
        }
        if (review.isOverdue(today)) {
            return review.isRemindedAfter() ? NONE : OVERDUE;
        }
        boolean soon = !today.plusDays(DAYS_BEFORE).isBefore(review.getRound().getDue());
        return soon && !review.isRemindedBefore() ? DUE_SOON : NONE;
    }
}
