package ru.portal500.expertise.web;

import org.junit.jupiter.api.Test;
import ru.portal500.expertise.domain.RoundKind;
import ru.portal500.shared.i18n.Texts;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A round's page heads its line with the kind of expertise as a noun («Муниципальная экспертиза · Аткарский
 * муниципальный район · …»), not an adjective run into the municipality's name («Муниципальная Аткарский …»).
 */
class RoundHeadingTextsTest {

    @Test
    void everyKindOfRoundNamesTheExpertiseInBothLanguages() {
        for (RoundKind kind : RoundKind.values()) {
            String russian = Texts.get(Texts.RUSSIAN, "expertise.round.kind." + kind.name());
            String english = Texts.get(Locale.ENGLISH, "expertise.round.kind." + kind.name());
            assertTrue(russian.toLowerCase(Texts.RUSSIAN).contains("экспертиз"), kind + ": " + russian);
            assertTrue(english.toLowerCase(Locale.ENGLISH).contains("expertise"), kind + ": " + english);
        }
    }
}
