package ru.portal500.search.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Russian words written in Latin letters, read back by sound. */
class TransliterationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "shnor | шнор",
            "nastavnichestvo | наставничество",
            "zhurnal | журнал",
            "khimiya | химия",
            "tsentr | центр",
            "shchit | щит",
            "yolka | ёлка",
            "yunost' | юность",
            "VPR | ВПР",
            "Moskva | Москва",
            "uchebnyi | учебный",
            "proekt | проект",
            "roditeli | родители"
    })
    void theUsualSpellingComesFirst(String latin, String cyrillic) {
        assertEquals(cyrillic, Transliteration.readings(latin).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "OGE | ОГЭ",
            "detstvo | детство",
            "rayon | район",
            "moy | мой",
            "vy | вы",
            "novyy | новый",
            "noviy | новый",
            "russkiy | русский",
            "shkolnyi | школьный",
            "chitatelskaya | читательская",
            "den' | день",
            "semya | семья",
            "obyavlenie | объявление",
            "ob''yavlenie | объявление",
            "schetchik | счетчик",
            "shchetchik | щетчик",
            "ekzamen | экзамен",
            "xolodnyj | холодный",
            "jurnal | журнал",
            "tehnologiya | технология",
            "tekhnologia | технология",
            "schkola | школа",
            "sotsialnyi | социальный",
            "kachestvo | качество",
            "obrazovaniye | образование",
            "vospitaniya | воспитания",
            "5klass | 5класс"
    })
    void theOtherSchemesAreAmongTheReadings(String latin, String cyrillic) {
        List<String> readings = Transliteration.readings(latin);
        assertTrue(readings.contains(cyrillic), latin + " → " + readings);
        assertTrue(readings.size() <= Transliteration.MAX_READINGS);
    }

    @Test
    void onlyLatinWordsAreRead() {
        assertTrue(Transliteration.readings("кнопка").isEmpty());
        assertTrue(Transliteration.readings("2024").isEmpty());
        assertTrue(Transliteration.readings("j,extybt").isEmpty(), "a comma is no letter of a Latin word");
        assertFalse(Transliteration.isLatin("кноgrf"));
    }
}
