package ru.portal500.notifications.application;

import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.infrastructure.MailSender.Mail;
import ru.portal500.shared.i18n.Texts;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A notification's words: its message key and arguments rendered from the bundle in the reader's
 * language, and its e-mail (always Russian) with the link made absolute.
 */
public final class NotificationText {

    private NotificationText() {
    }

    /** The text of a message key with its arguments; a key missing from the bundle is a programming error. */
    public static String render(Locale locale, String messageKey, List<String> arguments) {
        return Texts.get(locale, messageKey, arguments.toArray());
    }

    /** What the reader sees; a key the bundle no longer has shows as the key itself, never as an error. */
    public static String of(Notification notification, Locale locale) {
        try {
            return render(locale, notification.getMessageKey(), notification.getArguments());
        } catch (MissingResourceException e) {
            return notification.getMessageKey();
        }
    }

    /**
     * The e-mail, in Russian: subject "Портал 500+: <text>", a greeting, the text and the link.
     * {@code link}: the notification's link as an absolute address of the portal.
     */
    public static Mail mail(Notification notification, URI link) {
        return mail(notification, link, Texts.RUSSIAN);
    }

    /** The mail in the recipient's language (the one they chose in their profile). */
    public static Mail mail(Notification notification, URI link, java.util.Locale locale) {
        String text = of(notification, locale);
        return new Mail(notification.getMailTo(), notification.getRecipientName(),
                Texts.get(locale, "notification.mail.subject", text),
                Texts.get(locale, "notification.mail.body", notification.getRecipientName(), text,
                        link.toString()));
    }

    /**
     * One mail for a person's reminders of the day, in their language: subject "Портал 500+: сводка за день (n)", a
     * greeting, then each reminder's text with its link ({@code links}: each notification's absolute address).
     */
    public static Mail digest(List<Notification> notifications, java.util.function.Function<String, URI> links,
                              java.util.Locale locale) {
        Notification first = notifications.get(0);
        StringBuilder items = new StringBuilder();
        for (Notification n : notifications) {
            items.append("• ").append(of(n, locale)).append("\n  ").append(links.apply(n.getLink())).append("\n\n");
        }
        return new Mail(first.getMailTo(), first.getRecipientName(),
                Texts.get(locale, "notification.digest.subject", notifications.size()),
                Texts.get(locale, "notification.digest.body", first.getRecipientName(), items.toString().strip()));
    }
}
