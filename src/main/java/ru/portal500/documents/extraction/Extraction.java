package ru.portal500.documents.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of extracting a document's text: either the text (possibly cut at the character limit) or
 * the reason there is none.
 *
 * @param text      the text, paragraphs separated by line breaks; empty when failed (and for a document
 *                  without a text layer, such as a scan)
 * @param truncated whether the text was cut at the character limit
 * @param failure   why there is no text; {@code null} when the text was extracted
 */
public record Extraction(String text, boolean truncated, ExtractionFailure failure) {

    public Extraction {
        Objects.requireNonNull(text);
        if (failure != null && (!text.isEmpty() || truncated)) {
            throw new IllegalArgumentException("A failed extraction has no text");
        }
    }

    /** Text extracted whole. */
    public static Extraction of(String text) {
        return new Extraction(text, false, null);
    }

    /** Text cut at the character limit. */
    public static Extraction truncated(String text) {
        return new Extraction(text, true, null);
    }

    public static Extraction failed(ExtractionFailure failure) {
        return new Extraction("", false, Objects.requireNonNull(failure));
    }

    public boolean succeeded() {
        return failure == null;
    }

    /**
     * Read, but without a word of text: a scan without a text layer (or pictures only), which needs a text
     * version or recognition before it can be searched or compared.
     */
    public boolean noTextLayer() {
        return failure == null && text.isBlank();
    }

    /** Why there is no text, if there is none. */
    public Optional<ExtractionFailure> failureReason() {
        return Optional.ofNullable(failure);
    }
}
