package ru.portal500.notifications.application;

import org.junit.jupiter.api.Test;
import ru.portal500.notifications.domain.MailState;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.notifications.infrastructure.MailSender.Mail;
import ru.portal500.shared.i18n.Texts;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's reminders of the day in one mail, each with its link; a reminder's mail waits for it. */
class DigestTextTest {

    private static final Recipient SCHOOL = new Recipient("school", "school@demo.portal500.ru", "Иван Директоров");
    private static final Instant AT = Instant.parse("2026-05-28T06:00:00Z");

    private static Notification reminder(String key, List<String> arguments, String link) {
        Notification n = new Notification(SCHOOL, key, arguments, link, AT);
        n.holdForDigest();
        return n;
    }

    @Test
    void aReminderWaitsForTheDigestAndTheDigestListsEveryOneWithItsLink() {
        Notification measure = reminder("notification.roadmap.measureOverdue",
                List.of("3. Педсовет", "МБОУ «СОШ № 1 г. Аткарска»", "30.04.2026", "28"), "/app/roadmap.xhtml?id=7");
        Notification report = reminder("notification.monitoring.reportDueSoon",
                List.of("31.05.2026", "МБОУ «СОШ № 1 г. Аткарска»"), "/app/monitoring-report.xhtml?school=1");
        assertEquals(MailState.DIGEST, measure.getMailState());
        Mail mail = NotificationText.digest(List.of(measure, report),
                path -> URI.create("https://portal500.example.ru" + path), Texts.RUSSIAN);
        assertEquals("school@demo.portal500.ru", mail.to());
        assertEquals("Портал 500+: сводка за день (2)", mail.subject());
        assertTrue(mail.body().startsWith("Здравствуйте, Иван Директоров!"), mail.body());
        assertTrue(mail.body().contains("• Мероприятие дорожной карты «3. Педсовет» (МБОУ «СОШ № 1 г. Аткарска»)"
                + " просрочено: срок был 30.04.2026\n  https://portal500.example.ru/app/roadmap.xhtml?id=7"), mail.body());
        assertTrue(mail.body().contains("https://portal500.example.ru/app/monitoring-report.xhtml?school=1"));
        Mail english = NotificationText.digest(List.of(measure), path -> URI.create("https://p.example" + path),
                Locale.ENGLISH);
        assertEquals("Portal 500+: digest of the day (1)", english.subject());
    }

    @Test
    void aMailSentOnceIsNotHeldAgain() {
        Notification sent = new Notification(SCHOOL, "notification.roadmap.measureOverdue",
                List.of("1. А", "Б", "01.01.2026", "3"), "/app/roadmap.xhtml?id=1", AT);
        sent.mailSent(AT);
        sent.holdForDigest();
        assertEquals(MailState.SENT, sent.getMailState());
    }
}
