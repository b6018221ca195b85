package ru.portal500.notifications.application;

import java.util.List;

/** Notifications with a pending e-mail were written in the current transaction (their ids). */
record NotificationsWritten(List<Long> ids) {
}
