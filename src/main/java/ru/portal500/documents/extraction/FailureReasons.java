package ru.portal500.documents.extraction;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why Tika gave no text, from what it threw or, for parts it skipped, from the warnings it noted. */
final class FailureReasons {

    private FailureReasons() {
    }

    static ExtractionFailure of(Throwable e) {
        if (causeOf(e, EncryptedDocumentException.class).isPresent()
                || causeOf(e, org.apache.poi.EncryptedDocumentException.class).isPresent()) {
            return ExtractionFailure.ENCRYPTED;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (mentionsZipBomb(t.getMessage())) {
                return ExtractionFailure.ZIP_BOMB;
            }
            if (mentionsEntities(t.getMessage())) {
                return ExtractionFailure.XML_ENTITIES;
            }
        }
        if (causeOf(e, UnsupportedFormatException.class).isPresent()) {
            return ExtractionFailure.UNSUPPORTED;
        }
        return ExtractionFailure.DAMAGED;
    }

    /**
     * A zip bomb in a part Tika's Office readers skipped: they note what they could not read as a warning
     * and go on without it, which would look like a document without text.
     */
    static Optional<String> zipBombSkipped(Metadata metadata) {
        return Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING))
                .filter(FailureReasons::mentionsZipBomb).map(w -> w.lines().findFirst().orElse("")).findFirst();
    }

    static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * The XML parsers Tika and POI set up refuse a DTD ("DOCTYPE is disallowed when the feature
     * …disallow-doctype-decl…"); the JDK's limits name entity expansion ("JAXP00010001", "…entity expansions…",
     * "JAXP00010004" for the accumulated size of entities).
     */
    private static boolean mentionsEntities(String message) {
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("doctype is disallowed") || lower.contains("disallow-doctype-decl")
                || lower.contains("entity expansion") || lower.contains("jaxp00010001") || lower.contains("jaxp00010004")
                || lower.contains("entities has exceeded");
    }

    /** Tika's SecureContentHandler says "Suspected zip bomb…", POI's ZipSecureFile "Zip bomb detected!…". */
    private static boolean mentionsZipBomb(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb");
    }
}
