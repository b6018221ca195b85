package ru.portal500.documents.extraction;

/**
 * Why a document has no extracted text. The stored file is never affected: it stays downloadable.
 * Each reason has a Russian text in the bundle under {@code ExtractionFailure.<NAME>}.
 */
public enum ExtractionFailure {

    /** Protected by a password (a PDF or Office document that Tika cannot open without it). */
    ENCRYPTED,
    /** Damaged or truncated: the file does not read as the format its content claims. */
    DAMAGED,
    /** A format from which the portal cannot take text. */
    UNSUPPORTED,
    /** Extraction went over the time limit per file. */
    TOO_LONG_TIME,
    /** A package that unpacks to far more than its size: a zip bomb, or a document built like one. */
    ZIP_BOMB;

    /** The bundle key of the Russian (and English) explanation. */
    public String messageKey() {
        return "ExtractionFailure." + name();
    }
}
