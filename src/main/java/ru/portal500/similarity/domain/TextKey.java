package ru.portal500.similarity.domain;

import java.util.Objects;

/**
 * Which text of the portal a text is: its source ({@code document-version}, {@code contest-entry},
 * {@code practice}…) and the id of the row there.
 */
public record TextKey(String source, long id) {

    public TextKey {
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return source + ":" + id;
    }

    /** The key written by {@link #toString()}: {@code document:12}. */
    public static TextKey parse(String written) {
        int colon = written == null ? -1 : written.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("not a text key: " + written);
        }
        return new TextKey(written.substring(0, colon), Long.parseLong(written.substring(colon + 1)));
    }
}
