package ru.portal500.documents.domain;

import java.util.Objects;

/** A file as the store kept it: its content address, size, detected type, and the cleaned name it came with. */
public record StoredContent(String sha256, long size, String mediaType, String fileName) {

    public StoredContent {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
    }
}
