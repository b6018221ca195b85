package ru.portal500.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.search.application.SearchExplanations;
import ru.portal500.search.application.SearchNotices;
import ru.portal500.search.application.SearchService;
import ru.portal500.search.engine.HitExplanation;
import ru.portal500.search.engine.SearchHit;
import ru.portal500.search.engine.SearchResult;
import ru.portal500.search.engine.SortOrder;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The «Почему найдено» part of {@code /app/search-settings.xhtml}: a query, its first hits as the operator's own search
 * ranks them, and for a chosen hit why it is found, word by word (the page's load checks the operator's role).
 */
@Named
@ViewScoped
public class SearchExplainBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many hits of the query the page lists. */
    static final int HITS = 20;

    @Inject
    SearchService search;

    @Inject
    SearchExplanations explanations;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private String query;
    /** The query whose hits are listed. */
    private String searched;
    private transient List<SearchHit> hits;
    private transient HitExplanation explanation;
    /** How the query was read, when not as typed. */
    private String readAs;
    /** What the search says of the query (stop words only, an unknown abbreviation, a cut…), as the search page says it. */
    private List<String> notices = List.of();

    public void search() {
        explanation = null;
        readAs = null;
        notices = List.of();
        if (query == null || query.isBlank()) {
            hits = null;
            searched = null;
            messages.error("search.explain.error.emptyQuery");
            return;
        }
        SearchResult result = search.search(query.strip(), Map.of(), SortOrder.RELEVANCE, 0, HITS);
        hits = result.hits();
        // a query read in the other layout or from Latin letters lists the reading's hits; the explanation reads the
        // words typed as the search does (SearchExplanations), so it explains that reading too
        searched = query.strip();
        readAs = result.readAs().map(r -> text("search.readAs." + r.how().name(), r.searched())).orElse(null);
        notices = SearchNotices.of(language.getLocale(), result);
    }

    public void explain(String itemId) {
        messages.attempt(() -> explanation = explanations.explain(searched, itemId));
    }

    /** The lines of the «forms and synonyms» cell. */
    public List<String> forms(HitExplanation.Word word) {
        if (!word.searched()) {
            return List.of(text("search.explain.stopWord"));
        }
        List<String> lines = new ArrayList<>();
        for (HitExplanation.Form form : word.forms()) {
            if (word.kind() == HitExplanation.Kind.PREFIX) {
                lines.add(text("search.explain.prefix", form.text()));
            } else if (!form.expansion()) {
                lines.add(text("search.explain.stem", form.text()));
            } else if (form.group().isEmpty()) {
                lines.add(text("search.explain.related", form.text()));
            } else if (form.from() != null) {
                lines.add(text("search.explain.synonymOf", form.text(), form.from(), String.join(" | ", form.group())));
            } else {
                lines.add(text("search.explain.synonym", form.text(), String.join(" | ", form.group())));
            }
        }
        return lines;
    }

    /** The lines of the «where found» cell: per field, the words as the item writes them and how often. */
    public List<String> where(HitExplanation.Word word) {
        if (!word.searched()) {
            return List.of();
        }
        if (!word.matched()) {
            return List.of(text("search.explain.notInItem"));
        }
        Map<String, Set<String>> written = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (HitExplanation.Occurrence o : word.occurrences()) {
            written.computeIfAbsent(o.field(), f -> new LinkedHashSet<>()).addAll(o.written());
            counts.merge(o.field(), o.count(), Integer::sum);
        }
        List<String> lines = new ArrayList<>();
        written.forEach((field, words) -> lines.add(text("search.explain.found", fieldName(field),
                words.stream().map(w -> "«" + w + "»").collect(Collectors.joining(", ")), counts.get(field))));
        return lines;
    }

    public String share(HitExplanation.Word word) {
        return word.searched() ? text("search.explain.share", Math.round(word.share() * 100)) : "";
    }

    /** The place and score, or that the query does not find the item. */
    public String getSummary() {
        if (explanation == null) {
            return "";
        }
        if (!explanation.found()) {
            return text("search.explain.notFound");
        }
        return explanation.rank() == null
                ? text("search.explain.rankFar", HitExplanation.MAX_RANK, explanation.score())
                : text("search.explain.rank", explanation.rank(), explanation.score());
    }

    /** What the words that found nothing tell the operator, or empty. */
    public String getUnmatched() {
        if (explanation == null || explanation.unmatched().isEmpty()) {
            return "";
        }
        return text("search.explain.unmatched", explanation.unmatched().stream().map(w -> "«" + w.typed() + "»")
                .collect(Collectors.joining(", ")));
    }

    public String getOther() {
        if (explanation == null || explanation.score() <= 0 || explanation.other() / explanation.score() < 0.005) {
            return "";
        }
        return text("search.explain.other", Math.round(100.0 * explanation.other() / explanation.score()));
    }

    public String addSynonymLabel(HitExplanation.Word word) {
        return text("search.explain.addSynonymTo", word.typed());
    }

    private String fieldName(String field) {
        try {
            return text("search.explain.field." + field);
        } catch (MissingResourceException unnamed) {
            return field;
        }
    }

    private String text(String key, Object... arguments) {
        return Texts.get(language.getLocale(), key, arguments);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getSearched() {
        return searched;
    }

    public String getReadAs() {
        return readAs;
    }

    public List<String> getNotices() {
        return notices;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    /** What tells a hit from another with the same title: its school, type and year, or empty ({@link HitLabels}). */
    public String about(SearchHit hit) {
        return HitLabels.about(hit, language.getLocale());
    }

    /** The same of the item explained, when it is among the hits listed; else empty. */
    public String getExplainedAbout() {
        if (explanation == null || hits == null) {
            return "";
        }
        return hits.stream().filter(h -> h.id().equals(explanation.itemId())).findFirst().map(this::about).orElse("");
    }

    public HitExplanation getExplanation() {
        return explanation;
    }
}
