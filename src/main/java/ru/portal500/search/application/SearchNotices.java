package ru.portal500.search.application;

import ru.portal500.search.engine.QueryCut;
import ru.portal500.search.engine.QueryNotice;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.shared.i18n.Texts;

import java.util.List;
import java.util.Locale;

/**
 * What a search's notices say in words, the same on the page *Поиск*, in the API's {@code notices} and on *Настройка
 * поиска* («Почему найдено»): a notice that has particulars names them (the abbreviations nobody knows, how much of a
 * long query was searched and where that part ends).
 */
public final class SearchNotices {

    private SearchNotices() {
    }

    /** Every notice of the result, in the result's order. */
    public static List<String> of(Locale locale, SearchResult result) {
        return result.notices().stream().map(n -> of(locale, n, result)).toList();
    }

    /** One notice of the result. */
    public static String of(Locale locale, QueryNotice notice, SearchResult result) {
        if (notice == QueryNotice.UNKNOWN_ABBREVIATION) {
            List<String> names = result.unknownAbbreviations();
            return Texts.get(locale, "search.notice." + notice.name(),
                    String.join(", ", names.stream().map(n -> "«" + n + "»").toList()), names.size());
        }
        if (notice == QueryNotice.TRUNCATED && result.cut().isPresent()) {
            QueryCut cut = result.cut().get();
            return Texts.get(locale, "search.notice.TRUNCATED." + cut.limit().name(), cut.typed(), cut.kept(), cut.end());
        }
        return Texts.get(locale, "search.notice." + notice.name());
    }
}
