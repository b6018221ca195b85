package ru.portal500.documents.storage;

import ru.portal500.documents.domain.AcceptedFormat;
import ru.portal500.documents.domain.ActiveContent;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A file in the store.
 *
 * @param sha256        its content address (64 lower-case hex digits), the key to {@link FileStore#open}
 * @param size          its length in bytes (at least 1)
 * @param mediaType     its type as detected from the content, without parameters
 *                      (e.g. {@code application/pdf}); one of {@link AcceptedFormat}'s
 * @param activeContent what it can do beyond being read (PDF scripts, launch actions, attached files), or
 *                      {@link ActiveContent#NOT_INSPECTED}; empty when nothing
 */
public record StoredFile(String sha256, long size, String mediaType, java.util.Set<ActiveContent> activeContent) {

    public StoredFile {
        new ContentAddress(sha256);
        if (size < 1 || mediaType == null || mediaType.isBlank()) {
            throw new IllegalArgumentException("A stored file has content and a type");
        }
        activeContent = activeContent.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(activeContent);
    }

    /** A file with nothing active in it. */
    public StoredFile(String sha256, long size, String mediaType) {
        this(sha256, size, mediaType, java.util.Set.of());
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
