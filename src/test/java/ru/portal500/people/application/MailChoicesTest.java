package ru.portal500.people.application;

import org.junit.jupiter.api.Test;
import ru.portal500.people.infrastructure.MailChoiceLookup;

import ru.portal500.shared.i18n.Texts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailChoicesTest {

    private static MailChoices with(Map<String, String> stored) {
        MailChoices choices = new MailChoices();
        choices.lookup = new MailChoiceLookup() {
            @Override
            public Optional<String> portalOnly(String username) {
                return Optional.ofNullable(stored.get(username));
            }

            @Override
            public Optional<String> language(String username) {
                return stored.containsKey(username) ? Optional.of(username.equals("ivanova") ? "en" : "ru")
                        : Optional.empty();
            }
        };
        return choices;
    }

    @Test
    void onlyThePersonsOwnChoiceStopsAMail() {
        MailChoices choices = with(Map.of("ivanova", "DOCUMENTS,PAIRS", "petrov", ""));
        assertFalse(choices.wantsMail("ivanova", "notification.document.submitted"));
        assertFalse(choices.wantsMail("ivanova", "notification.pairHelper.TUTOR"));
        assertTrue(choices.wantsMail("ivanova", "notification.expertise.assigned"));
        assertTrue(choices.wantsMail("petrov", "notification.document.submitted"));
        assertTrue(choices.wantsMail("nobody-yet", "notification.document.submitted"), "no record: mailed as before");
    }

    @Test
    void aMailIsWrittenInThePersonsLanguage() {
        MailChoices choices = with(Map.of("ivanova", "", "petrov", ""));
        assertEquals(Locale.ENGLISH, choices.languageOf("ivanova"));
        assertEquals(Texts.RUSSIAN, choices.languageOf("petrov"));
        assertEquals(Texts.RUSSIAN, choices.languageOf("nobody-yet"));
    }
}
