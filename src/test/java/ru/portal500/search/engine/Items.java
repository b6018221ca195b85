package ru.portal500.search.engine;

import java.time.LocalDate;
import java.util.Set;

/** Small items for the engine's tests: a practice (public) and a school's document (its school's key only). */
final class Items {

    static final String ATKARSK_SCHOOL = "school:64/atkarsky/atk-1";
    static final String SURGUT_SCHOOL = "school:86/surgutsky/lyantor-3";

    private Items() {
    }

    static IndexedItem practice(int number, String title, String text) {
        return IndexedItem.builder("practice:" + number, ItemKind.PRACTICE).title(title).text(text)
                .date(LocalDate.of(2024, 1, 1).plusDays(number)).region("64").municipality("64/atkarsky")
                .school("64/atkarsky/atk-1", "МБОУ СОШ № 1 г. Аткарска").riskFactors(Set.of(9, 10)).level("basic")
                .subject("math").status("PUBLISHED").accessKeys(Set.of("public")).build();
    }

    /** A document of a school of Сургутский район, which only that school (and its curators…) may see. */
    static IndexedItem surgutDocument(int number, String title, String text) {
        return IndexedItem.builder("document:" + number, ItemKind.DOCUMENT).title(title).text(text)
                .date(LocalDate.of(2025, 3, 1)).region("86").municipality("86/surgutsky")
                .school("86/surgutsky/lyantor-3", "МБОУ «Лянторская СОШ № 3»").campaignYear(2025).documentType("ANTIRISK_PROGRAMME")
                .status("SUBMITTED").riskFactors(Set.of(3)).accessKeys(Set.of(SURGUT_SCHOOL, "municipality:86/surgutsky")).build();
    }

    /** A document of a school of Аткарский район. */
    static IndexedItem atkarskDocument(int number, String title, String text) {
        return IndexedItem.builder("document:" + number, ItemKind.DOCUMENT).title(title).text(text)
                .date(LocalDate.of(2025, 2, 1)).region("64").municipality("64/atkarsky")
                .school("64/atkarsky/atk-1", "МБОУ СОШ № 1 г. Аткарска").campaignYear(2025).documentType("CONCEPT")
                .status("CONFIRMED").riskFactors(Set.of(9)).accessKeys(Set.of(ATKARSK_SCHOOL, "municipality:64/atkarsky")).build();
    }
}
