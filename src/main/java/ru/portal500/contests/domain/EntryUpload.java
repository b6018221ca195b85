package ru.portal500.contests.domain;

import java.util.Objects;

/**
 * A file stored for an entry (by its SHA-256) with the name it came under, its type and size, and which of the
 * contest's required files it is ({@code null}: another file).
 */
public record EntryUpload(String sha256, String fileName, String mediaType, long size, String requiredFile) {

    public EntryUpload {
        Objects.requireNonNull(sha256, "sha256");
        fileName = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        if (fileName.length() > EntryFile.MAX_NAME) {
            fileName = fileName.substring(fileName.length() - EntryFile.MAX_NAME);
        }
        requiredFile = requiredFile == null || requiredFile.isBlank() ? null : requiredFile.strip();
    }
}
