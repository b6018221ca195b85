package ru.portal500.documents.application;

import org.junit.jupiter.api.Test;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Region;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Document titles made from the seeded (Russian) type names read in the reader's language. */
class DocumentTitlesTest {

    private static final Region REGION = new Region("64", "Саратовская область");

    private static DocumentType type(String code) {
        return new DocumentType(REGION, 1, DocumentType.DEFAULTS.stream().filter(d -> d.code().equals(code))
                .findFirst().orElseThrow());
    }

    @Test
    void aSeededTypesNameIsTheBundlesInTheReadersLanguage() {
        assertEquals("Development concept", DocumentTitles.of(type("CONCEPT"), "Концепция развития", Locale.ENGLISH));
        assertEquals("Medium-term development programme", DocumentTitles.of(type("MEDIUM_TERM_PROGRAMME"),
                "Среднесрочная программа развития", Locale.ENGLISH));
        assertEquals("Antirisk programme: Низкий уровень оснащения школы", DocumentTitles.of(type("ANTIRISK_PROGRAMME"),
                "Программа антирисковых мер: Низкий уровень оснащения школы", Locale.ENGLISH));
        assertEquals("Концепция развития", DocumentTitles.of(type("CONCEPT"), "Концепция развития", Texts.RUSSIAN));
    }

    @Test
    void aTitleNotMadeFromTheSeededNameStaysAsItIs() {
        assertEquals("Своё название", DocumentTitles.of(type("CONCEPT"), "Своё название", Locale.ENGLISH));
    }
}
