package ru.portal500.documents.extraction;

import jakarta.json.bind.annotation.JsonbTransient;

import java.util.List;

/**
 * A run of paragraphs that two versions' texts share, or that one of them alone has.
 *
 * @param kind       unchanged, added in the newer version, or removed from the older one
 * @param paragraphs the paragraphs of the run, in order (as the version has them, spaces tidied)
 */
public record Change(Kind kind, List<String> paragraphs) {

    /** What happened to a run of paragraphs from the older version to the newer one. */
    public enum Kind { UNCHANGED, ADDED, REMOVED }

    public Change {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("A change has paragraphs");
        }
    }

    @JsonbTransient
    public Kind getKind() {
        return kind;
    }

    @JsonbTransient
    public List<String> getParagraphs() {
        return paragraphs;
    }
}
