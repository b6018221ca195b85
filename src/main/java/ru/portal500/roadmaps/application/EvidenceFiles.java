package ru.portal500.roadmaps.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a measure's evidence files are kept: the documents' store, under the documents' rules (a document format
 * recognised by content, the size limit, empty, disguised and hostile files refused). A port: the documents context
 * implements it, so that roadmaps need not depend on documents (which count roadmaps' facts for monitoring).
 */
public interface EvidenceFiles {

    /**
     * A file kept: its content address, detected type, length, and what it can do beyond being read (the names of
     * the documents' {@code ActiveContent} kinds: scripts, launch actions, attached files; empty when nothing).
     */
    record Stored(String sha256, String mediaType, long size, java.util.List<String> active) {
    }

    /**
     * Keeps the upload.
     *
     * @throws ru.portal500.shared.domain.InvalidRequestException empty, too large or not a document (nothing kept)
     * @throws IOException                                         the upload broke off (nothing kept)
     */
    Stored store(InputStream content) throws IOException;

    InputStream open(String sha256) throws IOException;

    /** The {@code Content-Type} to send the file with (a text's with its charset). */
    String contentType(String sha256, String mediaType);

    /** The largest file accepted, in bytes. */
    long maxBytes();
}
