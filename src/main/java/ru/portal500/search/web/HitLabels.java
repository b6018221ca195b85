package ru.portal500.search.web;

import ru.portal500.registry.domain.SchoolYear;
import ru.portal500.search.engine.SearchHit;
import ru.portal500.shared.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * What tells hits with the same title apart, wherever a list of hits is shown (the search page, its «Похожие», «Почему
 * найдено»): the school, and a document's type and school year («Концепция развития, 2025/26»).
 */
final class HitLabels {

    private HitLabels() {
    }

    /** A document's type and school year, or empty. */
    static String document(SearchHit hit, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (hit.documentType() != null) {
            try {
                parts.add(Texts.get(locale, "DocumentType." + hit.documentType()));
            } catch (MissingResourceException e) {
                // a type without a name in the bundle is not shown
            }
        }
        if (hit.campaignYear() != null) {
            parts.add(SchoolYear.label(hit.campaignYear()));
        }
        return String.join(", ", parts);
    }

    /** The school and the document's type and year, joined by « · », or empty (a practice of no school). */
    static String about(SearchHit hit, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (hit.schoolName() != null && !hit.schoolName().isBlank()) {
            parts.add(hit.schoolName());
        }
        String document = document(hit, locale);
        if (!document.isEmpty()) {
            parts.add(document);
        }
        return String.join(" · ", parts);
    }
}
