package ru.portal500.documents.storage;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A file in the store.
 *
 * @param sha256    its content address (64 lower-case hex digits), the key to {@link FileStore#open}
 * @param size      its length in bytes (at least 1)
 * @param mediaType its type as detected from the content, without parameters
 *                  (e.g. {@code application/pdf}); one of {@link AcceptedFormat}'s
 */
public record StoredFile(String sha256, long size, String mediaType) {

    public StoredFile {
        new ContentAddress(sha256);
        if (size < 1 || mediaType == null || mediaType.isBlank()) {
            throw new IllegalArgumentException("A stored file has content and a type");
        }
    }

    /** The format the content was recognised as (empty only for a type no longer accepted). */
    public java.util.Optional<AcceptedFormat> format() {
        return AcceptedFormat.of(mediaType);
    }

    @JsonbTransient
    public String getSha256() {
        return sha256;
    }

    @JsonbTransient
    public long getSize() {
        return size;
    }

    @JsonbTransient
    public String getMediaType() {
        return mediaType;
    }
}
