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
    ZIP_BOMB,
    /**
     * XML inside the document declares entities (a DTD), which Office and OpenDocument files never do: the
     * «billion laughs» and the quadratic blow-up, which expand a few kilobytes into gigabytes of text. Refused
     * before anything is expanded.
     */
    XML_ENTITIES,
    /**
     * The extraction was started {@code ExtractionRecorder.MAX_ATTEMPTS} times without an outcome on record
     * (each time the server stopped or the outcome could not be written): it is not tried again.
     */
    GAVE_UP;

    /** The bundle key of the Russian (and English) explanation. */
    public String messageKey() {
        return "ExtractionFailure." + name();
    }
}
