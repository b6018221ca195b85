package ru.portal500.notifications.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    private static final Instant CREATED = Instant.parse("2026-01-15T09:00:00Z");
    private static final Recipient WITH_MAIL = new Recipient("curator", "curator@demo.portal500.ru", "Сергей Кураторов");
    private static final String LINK = "/app/school.xhtml?id=12";

    private static Notification notification(Recipient recipient) {
        return new Notification(recipient, "notification.pairHelper.CURATOR", List.of("СОШ № 1", "2025/26"), LINK,
                CREATED);
    }

    @Test
    void aRecipientWithAnAddressIsMailedOneWithoutIsNot() {
        Notification mailed = notification(WITH_MAIL);
        assertEquals(MailState.PENDING, mailed.getMailState());
        assertEquals("curator@demo.portal500.ru", mailed.getMailTo());
        Notification portalOnly = notification(new Recipient(" teacher ", "  ", null));
        assertEquals(MailState.NONE, portalOnly.getMailState());
        assertNull(portalOnly.getMailTo());
        assertEquals("teacher", portalOnly.getRecipient());
        assertEquals("teacher", portalOnly.getRecipientName(), "the login stands in for a missing name");
        assertFalse(portalOnly.isRead());
    }

    @Test
    void theArgumentsAreKeptAsTheyWere() {
        List<String> arguments = new ArrayList<>(List.of("МБОУ «СОШ № 1»", "2025/26"));
        Notification notification = new Notification(WITH_MAIL, "notification.pairHelper.MENTOR", arguments, LINK,
                CREATED);
        arguments.clear();
        assertEquals(List.of("МБОУ «СОШ № 1»", "2025/26"), notification.getArguments());
        assertThrows(NullPointerException.class, () -> new Notification(WITH_MAIL, "notification.pairHelper.MENTOR",
                java.util.Arrays.asList("a", null), LINK, CREATED));
    }

    @Test
    void theLinkStaysInsideThePortal() {
        for (String link : new String[] {"/app/dashboard.xhtml", "/app/document.xhtml?id=12&round=2"}) {
            assertEquals(link, new Notification(WITH_MAIL, "k", List.of(), link, CREATED).getLink());
        }
        for (String link : new String[] {null, "", "app/school.xhtml", "//evil.example/x", "/\\evil.example",
                "https://evil.example/", "javascript:alert(1)", "/app/a b", "/" + "x".repeat(500)}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Notification(WITH_MAIL, "k", List.of(), link, CREATED), String.valueOf(link));
        }
    }

    @Test
    void theMessageKeyIsABundleKey() {
        for (String key : new String[] {null, "", "1abc", "with space", "a{0}"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Notification(WITH_MAIL, key, List.of(), LINK, CREATED), String.valueOf(key));
        }
        assertThrows(IllegalArgumentException.class, () -> new Recipient(" ", "a@b.ru", "A"));
    }

    @Test
    void theFirstReadingCounts() {
        Notification notification = notification(WITH_MAIL);
        assertTrue(notification.markRead(CREATED.plusSeconds(60)));
        assertFalse(notification.markRead(CREATED.plusSeconds(120)), "read already");
        assertTrue(notification.isRead());
        assertEquals(CREATED.plusSeconds(60), notification.getReadAt());
    }

    @Test
    void aPendingMailIsSentOnce() {
        Notification notification = notification(WITH_MAIL);
        notification.mailSent(CREATED.plusSeconds(2));
        assertEquals(MailState.SENT, notification.getMailState());
        assertEquals(CREATED.plusSeconds(2), notification.getMailedAt());
        assertThrows(IllegalStateException.class, () -> notification.mailSent(CREATED.plusSeconds(3)));
        assertThrows(IllegalStateException.class, () -> notification.mailFailed("late", CREATED.plusSeconds(3)));
    }

    @Test
    void aFailedMailKeepsItsReasonClipped() {
        Notification notification = notification(WITH_MAIL);
        notification.mailFailed("  MailConnectException: Couldn't connect to host " + "x".repeat(2000), CREATED);
        assertEquals(MailState.FAILED, notification.getMailState());
        assertEquals(1000, notification.getMailError().length());
        assertTrue(notification.getMailError().startsWith("MailConnectException"));
        assertThrows(IllegalStateException.class, () -> notification.mailSent(CREATED));

        Notification unexplained = notification(WITH_MAIL);
        unexplained.mailFailed(null, CREATED);
        assertEquals("unknown", unexplained.getMailError());
    }

    @Test
    void aNotificationWithoutMailHasNoMailToSend() {
        Notification portalOnly = notification(new Recipient("teacher", null, "Наталья Учителева"));
        assertThrows(IllegalStateException.class, () -> portalOnly.mailSent(CREATED));
    }
}
