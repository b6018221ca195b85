package ru.portal500.similarity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.application.EntryTexts;
import ru.portal500.documents.application.DocumentRecords;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.ContestOrigin;
import ru.portal500.practices.domain.Practice;
import ru.portal500.similarity.domain.TextKey;
import ru.portal500.similarity.domain.TextSource;

import java.util.List;
import java.util.Optional;

/**
 * The portal's texts as the near-copy index reads them, for no caller, through the contexts' own system reads:
 * <ul>
 *   <li>a school's document: its latest version's extracted text; kind: its type; owner: its school (the same file
 *       uploaded twice by one school is not a copy of itself);</li>
 *   <li>a contest's entry, once submitted: the problem and the summary its entrant wrote; kind: the contests' cases;
 *       owner: the entry itself, so that a school entering its own last year's case again is seen;</li>
 *   <li>a practice of the bank: its summary; kind: the bank; owner: the entry it came from (not a copy of its own
 *       origin), else its school, else itself.</li>
 * </ul>
 */
@ApplicationScoped
public class PortalTexts implements TextSource {

    static final String DOCUMENT = "document";
    static final String ENTRY = "entry";
    static final String PRACTICE = "practice";
    static final String CASES = "contest-case";

    /** A text with what the index files it under. */
    public record Described(TextKey key, String kind, String owner, String text) {
    }

    @Inject
    DocumentRecords documents;

    @Inject
    EntryTexts entries;

    @Inject
    PracticeBank practices;

    public static TextKey document(long id) {
        return new TextKey(DOCUMENT, id);
    }

    public static TextKey entry(long id) {
        return new TextKey(ENTRY, id);
    }

    public static TextKey practice(long id) {
        return new TextKey(PRACTICE, id);
    }

    @Override
    @Transactional
    public Optional<String> text(TextKey key) {
        return described(key).map(Described::text);
    }

    /** The text under the key with its kind and owner; empty when it is gone or has no text yet. */
    @Transactional
    public Optional<Described> described(TextKey key) {
        return switch (key.source()) {
            case DOCUMENT -> documents.document(key.id()).flatMap(d -> of(key, d));
            case ENTRY -> entries.text(key.id()).map(e -> new Described(key, CASES, key.toString(), e.text()));
            case PRACTICE -> practices.find(key.id()).map(p -> of(key, p));
            default -> Optional.empty();
        };
    }

    /** Every text's key, for a rebuild: documents, entries, practices. */
    @Transactional
    public List<TextKey> keys() {
        return java.util.stream.Stream.of(documents.documentIds().stream().map(PortalTexts::document),
                        entries.ids().stream().map(PortalTexts::entry),
                        practices.ids().stream().map(PortalTexts::practice))
                .flatMap(s -> s).toList();
    }

    private static Optional<Described> of(TextKey key, Document d) {
        return d.latest().map(DocumentVersion::getExtractedText).filter(t -> t != null && !t.isBlank())
                .map(text -> new Described(key, DOCUMENT + ":" + d.getType().getCode(),
                        "school:" + d.getSchool().getId(), text));
    }

    private static Described of(TextKey key, Practice p) {
        String owner = p.getOrigin().map(ContestOrigin::getEntryId).map(id -> entry(id).toString())
                .orElse(p.getSchoolId() != null ? "school:" + p.getSchoolId() : key.toString());
        return new Described(key, PRACTICE, owner, p.getSummary());
    }
}
