package ru.portal500.similarity.domain;

import java.util.Optional;

/**
 * Where the index reads a text it compares exactly: the portal's extracted text of a document version, a contest
 * entry or a practice. The index keeps no text of its own (100,000 texts of 2,000 words would take gigabytes).
 */
@FunctionalInterface
public interface TextSource {

    /** The text of that key, or empty when it can no longer be read. */
    Optional<String> text(TextKey key);
}
