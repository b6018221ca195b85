package ru.portal500.similarity.domain;

/**
 * A passage two texts have in common, shown side by side: where it stands in the one text and in the other, as
 * character offsets into each original (start inclusive, end exclusive, from the first letter of its first word to
 * the last of its last), and how many words it has in the first. A passage is a run of shared shingles (boilerplate
 * excepted), runs a few changed words apart merged into one, so a passage may hold a word or two that differ.
 */
public record Passage(int start, int end, int otherStart, int otherEnd, int words) {

    /** The passage in the first text. */
    public String in(String text) {
        return text.substring(start, end);
    }

    /** The passage in the other text. */
    public String inOther(String otherText) {
        return otherText.substring(otherStart, otherEnd);
    }
}
