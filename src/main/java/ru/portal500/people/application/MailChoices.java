package ru.portal500.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.people.domain.NotificationKind;
import ru.portal500.people.infrastructure.MailChoiceLookup;

import ru.portal500.shared.i18n.Texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the notifications context asks before it mails someone: does this person take this kind by e-mail? */
@ApplicationScoped
public class MailChoices {

    @Inject
    MailChoiceLookup lookup;

    /** The language of the person's mails: the one they chose, Russian when they have no record yet. */
    public Locale languageOf(String username) {
        return username == null ? Texts.RUSSIAN
                : lookup.language(username).map(Locale::forLanguageTag).map(Texts::supported).orElse(Texts.RUSSIAN);
    }

    /**
     * False only when the person chose to take this kind of notification in the portal only; a person without
     * a record yet, or a notification of no known kind, is mailed as before.
     */
    public boolean wantsMail(String username, String messageKey) {
        Optional<NotificationKind> kind = NotificationKind.ofMessageKey(messageKey);
        if (kind.isEmpty() || username == null) {
            return true;
        }
        return lookup.portalOnly(username)
                .map(stored -> Arrays.stream(stored.split(",")).noneMatch(kind.get().name()::equals))
                .orElse(true);
    }

    /** Whether the person chose to take every mail in the daily digest instead of one mail per notification. */
    public boolean wantsDigest(String username) {
        return username != null && lookup.digest(username);
    }
}
