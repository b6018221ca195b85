package ru.portal500.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.search.application.SearchNotices;
import ru.portal500.search.application.SearchService;
import ru.portal500.search.engine.Facet;
import ru.portal500.search.engine.FacetCount;
import ru.portal500.search.engine.QueryNotice;
import ru.portal500.search.engine.QueryReading;
import ru.portal500.search.engine.SearchHit;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.search.engine.SortOrder;
import ru.portal500.search.engine.Suggestion;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.application.TerritoryDirectory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/**
 * Page {@code /search.xhtml}: one box, results with snippets, facets, "did you mean", "similar"; a query read otherwise
 * than typed (the wrong keyboard layout, Latin letters) says so with a link that searches it as typed, and a search as
 * typed links back to the reading.
 */
@Named
@ViewScoped
public class SearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 10;
    private static final List<Facet> SHOWN = List.of(Facet.KIND, Facet.DOCUMENT_TYPE, Facet.RISK_FACTOR,
            Facet.MUNICIPALITY, Facet.SCHOOL, Facet.CAMPAIGN_YEAR, Facet.STATUS, Facet.LEVEL, Facet.SUBJECT);

    @Inject
    SearchService search;

    @Inject
    TerritoryDirectory places;

    @Inject
    LanguageBacking language;

    private String q;
    /** Search the words as typed, not another reading of them (the wrong layout, Latin letters); until the words change. */
    private boolean asTyped;
    private String sort = "relevance";
    private int offset;
    /** The facet values ticked; arrays, as JSF sets a select-many bound through a map (it cannot see a List there). */
    private final Map<Facet, String[]> chosen = new EnumMap<>(Facet.class);
    private transient SearchResult result;
    private String similarTo;
    private transient List<SearchHit> similar = List.of();

    public void run() {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        chosen.forEach((facet, values) -> filters.put(facet, new HashSet<>(Arrays.asList(values))));
        result = search.search(q, filters, "date".equals(sort) ? SortOrder.DATE : SortOrder.RELEVANCE, offset, PAGE, asTyped);
    }

    public void newSearch() {
        offset = 0;
        run();
    }

    public void next() {
        offset += PAGE;
        run();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        run();
    }

    public void useSuggestion() {
        q = getResult().didYouMean().orElse(q);
        newSearch();
    }

    /** The words as typed, after a search of another reading of them. */
    public void searchAsTyped() {
        q = getResult().readAs().map(QueryReading::typed).orElse(q);
        asTyped = true;
        newSearch();
    }

    /** Back to the engine's reading of the words, after a search of them as typed. */
    public void searchAsRead() {
        q = getResult().offeredReading().map(QueryReading::typed).orElse(q);
        asTyped = false;
        newSearch();
    }

    /** «Слова искались как набраны: «ryjgrf».», after a search as typed of words the engine reads otherwise. */
    public String getAsTypedMessage() {
        return getResult().offeredReading().map(r -> Texts.get(language.getLocale(), "search.readAs.typedShown", r.typed()))
                .orElse("");
    }

    /** «Искать «кнопка»»: the link back to the engine's reading. */
    public String getAsReadLabel() {
        return getResult().offeredReading().map(r -> Texts.get(language.getLocale(), "search.readAs.asRead", r.searched()))
                .orElse("");
    }

    /** «Показаны результаты по запросу «кнопка».», after a search of another reading of the words typed. */
    public String getReadAsMessage() {
        return getResult().readAs().map(r -> Texts.get(language.getLocale(), "search.readAs." + r.how().name(), r.searched()))
                .orElse("");
    }

    /** «Искать «ryjgrf»»: the link that searches the words as typed. */
    public String getAsTypedLabel() {
        return getResult().readAs().map(r -> Texts.get(language.getLocale(), "search.readAs.asTyped", r.typed())).orElse("");
    }

    /** Whether to point to «Настройка поиска» beside an unknown abbreviation (the caller keeps a region's synonyms). */
    public boolean isKeepsSynonyms() {
        return search.callerKeepsSynonyms();
    }

    public void showSimilar(String id) {
        similarTo = id;
        similar = search.similar(id, 5);
    }

    public List<String> complete(String typed) {
        return search.suggest(typed, 8).stream().map(Suggestion::title).distinct().toList();
    }

    public SearchResult getResult() {
        if (result == null) {
            run();
        }
        return result;
    }

    /** The facets with values in this result, in the page's order. */
    public List<Facet> getFacets() {
        List<Facet> shown = new ArrayList<>();
        for (Facet facet : SHOWN) {
            if (!getResult().facets().getOrDefault(facet, List.of()).isEmpty()) {
                shown.add(facet);
            }
        }
        return shown;
    }

    public List<FacetCount> counts(Facet facet) {
        return getResult().facets().getOrDefault(facet, List.of());
    }

    /** A facet value as people read it (a risk factor's title, a status's name, a municipality's name…). */
    public String label(Facet facet, FacetCount count) {
        String key = switch (facet) {
            case KIND -> "ItemKind." + count.value();
            case RISK_FACTOR -> "practices.factor." + count.value();
            case DOCUMENT_TYPE -> "DocumentType." + count.value();
            case LEVEL -> "EducationLevel." + count.value();
            case STATUS -> (count.value().startsWith("CONTEST") || count.value().endsWith("PICK") ? "PracticeSource."
                    : "DocumentState.") + count.value();
            case CAMPAIGN_YEAR -> null;
            default -> null;
        };
        String text = count.label() == null || count.label().isBlank() ? count.value() : count.label();
        if (facet == Facet.CAMPAIGN_YEAR) {
            text = ru.portal500.registry.domain.SchoolYear.label(Integer.parseInt(count.value()));
        } else if (facet == Facet.MUNICIPALITY) {
            text = places.municipalityName(null, count.value()).orElse(text);
        } else if (facet == Facet.REGION) {
            text = places.regionName(count.value()).orElse(text);
        } else if (key != null) {
            try {
                text = Texts.get(language.getLocale(), key);
            } catch (MissingResourceException e) {
                // a value without a name in the bundle shows as it is
            }
        }
        return text + " (" + count.count() + ")";
    }

    /** A document's type and school year («Программа антирисковых мер, 2026/27»), or empty ({@link HitLabels}). */
    public String documentOf(SearchHit hit) {
        return HitLabels.document(hit, language.getLocale());
    }

    /** What tells a similar item from another with the same title: its school, type and year, or empty. */
    public String about(SearchHit hit) {
        return HitLabels.about(hit, language.getLocale());
    }

    /** Where a hit opens: a practice's page, a document's page. */
    public String link(SearchHit hit) {
        String[] parts = hit.id().split(":", 2);
        return switch (parts[0]) {
            case "practice" -> "/practice.xhtml?id=" + parts[1];
            case "case" -> "/app/case.xhtml?id=" + parts[1];
            default -> "/app/document.xhtml?id=" + parts[1];
        };
    }

    /** A notice of the result in words, with its particulars ({@link SearchNotices}). */
    public String notice(Object notice) {
        return SearchNotices.of(language.getLocale(), (QueryNotice) notice, getResult());
    }

    public Map<Facet, String[]> getChosen() {
        for (Facet facet : SHOWN) {
            chosen.computeIfAbsent(facet, f -> new String[0]);
        }
        return chosen;
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public boolean isHasNext() {
        return offset + PAGE < getResult().totalHits();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        if (q == null ? this.q != null : !q.equals(this.q)) {
            asTyped = false;
        }
        this.q = q;
    }

    public boolean isAsTyped() {
        return asTyped;
    }

    public void setAsTyped(boolean asTyped) {
        this.asTyped = asTyped;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getSimilarTo() {
        return similarTo;
    }

    public List<SearchHit> getSimilar() {
        return similar;
    }
}
