package ru.portal500.people.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification a person may take by e-mail or only in the portal, by the part of the
 * notification's message key after {@code notification.}: documents to check and their outcome, expertise
 * assignments and deadlines, appointments in pairs, roadmaps and their check, monitoring reports owed.
 */
public enum NotificationKind {
    DOCUMENTS("document"),
    EXPERTISE("expertise"),
    PAIRS("pairHelper"),
    ROADMAPS("roadmap"),
    MONITORING("monitoring");

    private final String keyPart;

    NotificationKind(String keyPart) {
        this.keyPart = keyPart;
    }

    /** The kind of a notification by its message key ({@code notification.document.returned} → documents). */
    public static Optional<NotificationKind> ofMessageKey(String messageKey) {
        if (messageKey == null) {
            return Optional.empty();
        }
        String[] parts = messageKey.split("\\.");
        return parts.length < 3 || !parts[0].equals("notification") ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.keyPart.equals(parts[1])).findFirst();
    }
}
