package ru.portal500.similarity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.application.DocumentRecords;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.similarity.domain.TextKey;
import ru.portal500.similarity.domain.TextSource;

import java.util.Optional;

/**
 * The portal's texts as the near-copy index reads them, for no caller, through the contexts' own system reads: a
 * school's document (its latest version's extracted text; kind: its type, owner: its school) and a practice of the
 * bank (its summary; kind: the bank, owner: its school, or itself when it has none).
 */
@ApplicationScoped
public class PortalTexts implements TextSource {

    static final String DOCUMENT = "document";
    static final String PRACTICE = "practice";

    /** A text with what the index files it under. */
    public record Described(TextKey key, String kind, String owner, String text) {
    }

    @Inject
    DocumentRecords documents;

    @Inject
    PracticeBank practices;

    public static TextKey document(long id) {
        return new TextKey(DOCUMENT, id);
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
            case PRACTICE -> practices.find(key.id()).map(p -> of(key, p));
            default -> Optional.empty();
        };
    }

    private static Optional<Described> of(TextKey key, Document d) {
        return d.latest().map(DocumentVersion::getExtractedText).filter(t -> !t.isBlank())
                .map(text -> new Described(key, DOCUMENT + ":" + d.getType().getCode(),
                        "school:" + d.getSchool().getId(), text));
    }

    private static Described of(TextKey key, Practice p) {
        String owner = p.getSchoolId() != null ? "school:" + p.getSchoolId() : key.toString();
        return new Described(key, PRACTICE, owner, p.getSummary());
    }
}
