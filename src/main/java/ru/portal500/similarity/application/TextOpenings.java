package ru.portal500.similarity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.application.EntryAccess;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.documents.application.DocumentAccess;
import ru.portal500.documents.domain.Document;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.similarity.domain.TextKey;

import java.util.Optional;

/**
 * Whether the caller could open a text of the portal anyway — by the same rules as its own page: a document its
 * rights let them read, an entry they may read, a practice in the bank (public) — and if so what names it and where
 * it opens. A text they could not open is described by its source only ({@link #hidden}).
 */
@ApplicationScoped
public class TextOpenings {

    @Inject
    DocumentAccess documents;

    @Inject
    EntryAccess entries;

    @Inject
    PracticeBank practices;

    @Inject
    PortalTexts texts;

    /** A text the caller may open: its name, its page and id, and its text. */
    public record Opened(Texts.Phrase label, String page, long id, String text) {
    }

    public Optional<Opened> open(TextKey key) {
        Optional<Opened> opened = switch (key.source()) {
            case PortalTexts.DOCUMENT -> documents.readable(key.id()).map(found -> of(found.document()));
            case PortalTexts.ENTRY -> entries.readable(key.id()).map(TextOpenings::of);
            case PortalTexts.PRACTICE -> practices.find(key.id()).map(TextOpenings::of);
            default -> Optional.empty();
        };
        return opened.flatMap(o -> texts.text(key).map(text -> new Opened(o.label(), o.page(), o.id(), text)));
    }

    /** How a text the caller may not open is named: by its source alone. */
    public static Texts.Phrase hidden(TextKey key) {
        return new Texts.Phrase("similarity.other.hidden." + key.source());
    }

    private static Opened of(Document d) {
        Texts.Phrase label = d.getTitle().strip().equalsIgnoreCase(d.getType().getTitle().strip())
                ? new Texts.Phrase("similarity.other.documentOfType", d.getType().getTitle(), d.getSchool().getName(),
                        d.getCampaign().getName())
                : new Texts.Phrase("similarity.other.document", d.getType().getTitle(), d.getTitle(),
                        d.getSchool().getName(), d.getCampaign().getName());
        return new Opened(label, "/app/document.xhtml", d.getId(), "");
    }

    private static Opened of(ContestEntry e) {
        int year = e.getContest().getSchoolYear();
        String schoolYear = (year - 1) + "/" + String.format("%02d", year % 100);
        String contest = e.getContest().getTitle();
        Texts.Phrase label = contest.contains(schoolYear)
                ? new Texts.Phrase("similarity.other.entryOfContest", e.getTitle(), contest)
                : new Texts.Phrase("similarity.other.entry", e.getTitle(), contest, schoolYear);
        return new Opened(label, "/app/entry.xhtml", e.getId(), "");
    }

    private static Opened of(Practice p) {
        return new Opened(new Texts.Phrase("similarity.other.practice", String.valueOf(p.getId()), p.getTitle()), "/practice.xhtml",
                p.getId(), "");
    }
}
