package ru.portal500.similarity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.LanguageBacking;
import ru.portal500.similarity.application.NearCopyView;
import ru.portal500.similarity.application.NearCopyViews;
import ru.portal500.similarity.domain.CopyVerdict;
import ru.portal500.similarity.domain.SimilarityRuleException;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The near-copies panel ({@code /WEB-INF/includes/near-copies.xhtml}) beside a document ({@code document}), a
 * review ({@code review}) or a contest entry ({@code entry}), and in the contest's list of entries to check: what
 * the viewer may see of each, read once per view, and the decision form of whoever checks the text.
 */
@Named
@ViewScoped
public class NearCopiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NearCopyViews views;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBacking language;

    private transient Map<String, NearCopyView> read;
    private final Map<String, String> verdicts = new HashMap<>();
    private final Map<String, String> reasons = new HashMap<>();

    /** The near-copies of the text, as the viewer may see them. */
    public NearCopyView of(String source, long id) {
        return read().computeIfAbsent(source + ":" + id, k -> reader(source).apply(id));
    }

    /** What the panel says of the text as a whole: no text, too short, only boilerplate, or what it was compared with. */
    public String said(NearCopyView view) {
        return Texts.get(language.getLocale(), "similarity.judgement." + view.judgement(), view.words(),
                view.minimum());
    }

    /**
     * The largest near-copy of a contest entry in a line ("82 % — работа «…»"), for the organisers' lists of
     * entries; empty when none or when the viewer does not organise the contest.
     */
    public String largestOfEntry(long id) {
        return largest(read().computeIfAbsent("list:entry:" + id,
                k -> views.ofEntryInList(id).orElse(NearCopyView.none())));
    }

    /** The same for the curator's queue of documents to check. */
    public String largestOfDocument(long id) {
        return largest(read().computeIfAbsent("list:document:" + id,
                k -> views.ofDocumentInList(id).orElse(NearCopyView.none())));
    }

    private String largest(NearCopyView view) {
        return view.largest().map(c -> Texts.get(language.getLocale(), "similarity.largest", c.percent(), label(c))
                + (c.isEstimated() ? " " + Texts.get(language.getLocale(), "similarity.estimate") : "")
                + (c.decision() == null ? "" : " · " + Texts.get(language.getLocale(), "similarity.decidedLine",
                        lowerFirst(Texts.get(language.getLocale(), "CopyVerdict." + c.decision().verdict())))))
                .orElse("");
    }

    private String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(language.getLocale()) + text.substring(1);
    }

    public String label(NearCopyView.Copy copy) {
        return Texts.get(language.getLocale(), copy.label().key(), copy.label().arguments());
    }

    /**
     * Records the decision typed for the near-copy {@code ref} and reads the panel again; beside a document, whose
     * state the decision may change (a return), the page is opened afresh with the message.
     */
    public void decide(String source, long id, String ref) throws IOException {
        String verdict = verdicts.get(ref);
        NearCopyViews.Decided[] decided = new NearCopyViews.Decided[1];
        boolean done = messages.run(() -> {
            if (verdict == null || verdict.isBlank()) {
                throw new SimilarityRuleException("similarity.error.verdictRequired");
            }
            decided[0] = decider(source).decide(id, ref, CopyVerdict.valueOf(verdict), reasons.get(ref));
        }, "similarity.decided");
        if (!done) {
            return;
        }
        reasons.remove(ref);
        verdicts.remove(ref);
        read().put(source + ":" + id, decided[0].view());
        if (decided[0].returned()) {
            messages.info("similarity.decided.returned");
        }
        if (source.equals("document")) {
            messages.keepForRedirect();
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.redirect(context.getRequestContextPath() + "/app/document.xhtml?id=" + id);
        }
    }

    private Map<String, NearCopyView> read() {
        if (read == null) {
            read = new HashMap<>();
        }
        return read;
    }

    public Map<String, String> getVerdicts() {
        return verdicts;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    private LongFunction<NearCopyView> reader(String source) {
        return switch (source) {
            case "document" -> views::ofDocument;
            case "review" -> views::ofReview;
            case "entry" -> views::ofEntry;
            default -> throw new IllegalArgumentException("no such text source: " + source);
        };
    }

    private interface Decider {
        NearCopyViews.Decided decide(long id, String ref, CopyVerdict verdict, String reason);
    }

    private Decider decider(String source) {
        return switch (source) {
            case "document" -> views::decideForDocument;
            case "review" -> views::decideForReview;
            case "entry" -> views::decideForEntry;
            default -> throw new IllegalArgumentException("no such text source: " + source);
        };
    }
}
