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
}
