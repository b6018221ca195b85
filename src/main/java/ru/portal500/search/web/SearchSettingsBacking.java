package ru.portal500.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.search.application.SearchIndexing;
import ru.portal500.search.application.SynonymList;
import ru.portal500.search.domain.SynonymGroup;
import ru.portal500.search.engine.SearchEngine;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Page {@code /app/search-settings.xhtml} (regional operators): the region's own synonym groups — add, edit,
 * remove — beside the built-in list, a query word that found nothing proposed as a new group («Почему найдено»,
 * {@link SearchExplainBacking}), and the search index's size and rebuild.
 */
@Named
@ViewScoped
public class SearchSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SynonymList synonyms;

    @Inject
    SearchIndexing indexing;

    @Inject
    SearchEngine engine;

    @Inject
    AccessGuard guard;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private String region;
    private transient List<SynonymGroup> groups;
    private transient List<List<String>> builtIn;
    /** The group being edited (null: the form adds one). */
    private Long editing;
    /** The form's phrases, one per line. */
    private String phrases;

    public void load() {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "search.settings");
        region = guard.caller().scopesOf(EnumSet.of(Role.REGIONAL_OPERATOR)).stream().map(Scope::region).sorted()
                .findFirst().orElseThrow();
        groups = synonyms.groups(region);
        builtIn = synonyms.builtIn(region);
    }

    public void save() {
        List<String> lines = Arrays.asList((phrases == null ? "" : phrases).split("\\R"));
        boolean done = editing == null
                ? messages.run(() -> synonyms.add(region, lines), "search.synonyms.added")
                : messages.run(() -> synonyms.change(region, editing, lines), "search.synonyms.changed");
        if (done) {
            cancel();
            load();
        }
    }

    public void edit(SynonymGroup group) {
        editing = group.getId();
        phrases = String.join("\n", group.getPhrases());
    }

    public void cancel() {
        editing = null;
        phrases = null;
    }

    /** Puts a query word that found nothing into the form of a new group (from «Почему найдено»). */
    public void propose(String word) {
        cancel();
        phrases = word + "\n";
        messages.info("search.explain.proposed", word);
    }

    public void remove(SynonymGroup group) {
        if (messages.run(() -> synonyms.remove(region, group.getId()), "search.synonyms.removed")) {
            cancel();
            load();
        }
    }

    public void rebuild() {
        guard.requireAnyRole(EnumSet.of(Role.REGIONAL_OPERATOR), "search.rebuild");
        messages.run(indexing::rebuild, "search.index.started");
    }

    public List<SynonymGroup> getGroups() {
        if (groups == null) {
            load();
        }
        return groups;
    }

    public List<List<String>> getBuiltIn() {
        if (builtIn == null) {
            load();
        }
        return builtIn;
    }

    public String getBuiltInLegend() {
        return Texts.get(language.getLocale(), "search.synonyms.builtIn", getBuiltIn().size());
    }

    public String joined(List<String> phrases) {
        return String.join(" | ", phrases);
    }

    public SearchIndexing.Progress getProgress() {
        return indexing.progress();
    }

    public int getItemCount() {
        return engine.index().itemCount();
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getPhrases() {
        return phrases;
    }

    public void setPhrases(String phrases) {
        this.phrases = phrases;
    }
}
