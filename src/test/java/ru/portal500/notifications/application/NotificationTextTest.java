package ru.portal500.notifications.application;

import org.junit.jupiter.api.Test;
import ru.portal500.notifications.domain.Notification;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.notifications.infrastructure.MailSender.Mail;
import ru.portal500.registry.domain.HelperFunction;
import ru.portal500.shared.i18n.Texts;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextTest {

    private static final String SCHOOL = "МБОУ «СОШ № 1 г. Аткарска»";

    private static Notification named(HelperFunction function, String email) {
        return new Notification(new Recipient("pairs-director", email, "Пётр Завучев"),
                "notification.pairHelper." + function, List.of(SCHOOL, "2025/26"), "/app/school.xhtml?id=12",
                Instant.parse("2026-01-15T09:00:00Z"));
    }

    @Test
    void theTextIsInTheReadersLanguage() {
        Notification curator = named(HelperFunction.CURATOR, null);
        assertEquals("Вас назначили куратором школы «" + SCHOOL + "» в кампании 2025/26",
                NotificationText.of(curator, Texts.RUSSIAN));
        assertEquals("You have been named curator of the school “" + SCHOOL + "” in the 2025/26 campaign",
                NotificationText.of(curator, Locale.ENGLISH));
        assertEquals("Вас назначили наставником школы «" + SCHOOL + "» в кампании 2025/26",
                NotificationText.of(named(HelperFunction.MENTOR, null), Locale.GERMAN), "Russian unless English");
        assertEquals("You have been named tutor of the school “" + SCHOOL + "” in the 2025/26 campaign",
                NotificationText.of(named(HelperFunction.TUTOR, null), Locale.forLanguageTag("en-GB")));
    }

    @Test
    void argumentsAreTextNotPatterns() {
        assertEquals("Вас назначили куратором школы «Школа {0} 'им. Пушкина'» в кампании 2025/26",
                NotificationText.render(Texts.RUSSIAN, "notification.pairHelper.CURATOR",
                        List.of("Школа {0} 'им. Пушкина'", "2025/26")));
    }

    @Test
    void aKeyTheBundleLacksIsRefusedWhenWrittenAndShownAsTheKeyWhenRead() {
        assertThrows(MissingResourceException.class,
                () -> NotificationText.render(Texts.RUSSIAN, "notification.noSuchThing", List.of()));
        Notification stale = new Notification(new Recipient("curator", null, null), "notification.noSuchThing",
                List.of(), "/app/dashboard.xhtml", Instant.EPOCH);
        assertEquals("notification.noSuchThing", NotificationText.of(stale, Locale.ENGLISH));
    }

    @Test
    void theMailIsRussianWithTheAbsoluteLink() {
        Mail mail = NotificationText.mail(named(HelperFunction.CURATOR, "director@demo.portal500.ru"),
                URI.create("https://portal.example.ru/app/school.xhtml?id=12"));
        assertEquals("director@demo.portal500.ru", mail.to());
        assertEquals("Пётр Завучев", mail.toName());
        assertEquals("Портал 500+: Вас назначили куратором школы «" + SCHOOL + "» в кампании 2025/26", mail.subject());
        assertTrue(mail.body().startsWith("Здравствуйте, Пётр Завучев!\n\nВас назначили куратором школы"), mail.body());
        assertTrue(mail.body().contains("Открыть в портале: https://portal.example.ru/app/school.xhtml?id=12\n"),
                mail.body());
    }

    @Test
    void aFailureReadsAsItsChainOfCauses() {
        Exception failure = new IllegalStateException("send failed",
                new java.net.ConnectException("Connection refused\n  (port 25)"));
        assertEquals("IllegalStateException: send failed ← ConnectException: Connection refused (port 25)",
                MailDelivery.reason(failure));
    }
}
