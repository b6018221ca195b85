package ru.portal500.documents.storage;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The address of a stored file: the SHA-256 of its bytes, 64 lower-case hex digits. The file lies at
 * {@code <store>/ab/cd/abcd…} (the first two pairs of digits name two folder levels, so that no folder
 * holds more than 65,536 entries).
 */
public record ContentAddress(String sha256) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** @throws IllegalArgumentException unless {@code sha256} is 64 lower-case hex digits */
    public ContentAddress {
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 content address: " + sha256);
        }
    }

    /** Whether {@code value} is a well-formed address (64 lower-case hex digits). */
    public static boolean isValid(String value) {
        return value != null && SHA_256.matcher(value).matches();
    }

    /** The file's place below the store's folder: {@code ab/cd/abcd…}. */
    public Path relativePath() {
        return Path.of(sha256.substring(0, 2), sha256.substring(2, 4), sha256);
    }

    @Override
    public String toString() {
        return sha256;
    }
}
