/**
 * Notifications: what the portal tells a person — in the portal (a bell with the unread count, a list
 * of their own notifications) and by e-mail after the business transaction commits. Other contexts call
 * {@link ru.portal500.notifications.application.Notifications#notify} and find whom to tell with
 * {@link ru.portal500.notifications.application.Recipients}.
 */
package ru.portal500.notifications;
