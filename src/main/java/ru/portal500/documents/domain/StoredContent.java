package ru.portal500.documents.domain;

import java.util.Objects;
import java.util.Set;

/**
 * A file as the store kept it: its content address, size, detected type, the cleaned name it came with, and
 * what it can do beyond being read (empty: nothing).
 */
public record StoredContent(String sha256, long size, String mediaType, String fileName, Set<ActiveContent> activeContent) {

    public StoredContent {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        activeContent = Set.copyOf(activeContent);
    }

    /** A file with nothing active in it. */
    public StoredContent(String sha256, long size, String mediaType, String fileName) {
        this(sha256, size, mediaType, fileName, Set.of());
    }
}
