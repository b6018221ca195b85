package ru.portal500.search.web;

import org.junit.jupiter.api.Test;
import ru.portal500.search.engine.ItemKind;
import ru.portal500.search.engine.SearchHit;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HitLabelsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private static SearchHit hit(String school, String type, Integer year) {
        return new SearchHit("document:1", ItemKind.DOCUMENT, "Концепция развития", "Концепция развития", "", null,
                "64/atkarsky", school == null ? null : "64/atkarsky/atk-1", school, type, year);
    }

    @Test
    void twoDocumentsOfOneSchoolWithOneTitleAreToldApartByTypeAndYear() {
        assertEquals("МБОУ СОШ № 1 · Концепция развития, 2025/26", HitLabels.about(hit("МБОУ СОШ № 1", "CONCEPT", 2026), RU));
        assertEquals("МБОУ СОШ № 1 · Дорожная карта, 2026/27", HitLabels.about(hit("МБОУ СОШ № 1", "ROADMAP", 2027), RU));
        assertEquals("Roadmap, 2026/27", HitLabels.document(hit(null, "ROADMAP", 2027), Locale.ENGLISH));
    }

    @Test
    void aPracticeOfNoSchoolHasNothingToAdd() {
        assertEquals("", HitLabels.about(hit(null, null, null), RU));
        assertEquals("2025/26", HitLabels.about(hit(null, "NO_SUCH_TYPE", 2026), RU), "a type without a name is left out");
    }
}
