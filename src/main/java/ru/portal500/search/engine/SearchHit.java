package ru.portal500.search.engine;

import java.time.LocalDate;

/**
 * One hit of a search. The highlighted texts are HTML: everything escaped, the matched words in
 * {@code <mark>…</mark>}; show them as they are (no further escaping), never build HTML from {@link #title()}.
 *
 * @param id               the item's id ({@code document:12}); load the item by it through the scoped repository
 * @param title            the title, plain text
 * @param titleHighlighted the title as HTML with the matches marked
 * @param snippet          up to two passages of the text around the matches as HTML (the text's beginning without matches)
 * @param date             the item's date, or {@code null}
 * @param documentType     a document's type ({@code ANTIRISK_PROGRAMME}…), or {@code null}: two documents of one school
 *                         with the same title are told apart by it and by the school year
 * @param campaignYear     the campaign a document belongs to (its school year's last calendar year), or {@code null}
 */
public record SearchHit(String id, ItemKind kind, String title, String titleHighlighted, String snippet,
                        LocalDate date, String municipalityCode, String schoolCode, String schoolName,
                        String documentType, Integer campaignYear) {
}
