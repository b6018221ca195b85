package ru.portal500.expertise.checklist;

/**
 * An expert's answer to one criterion: a mark (none for a {@link CriterionType#COMMENT} criterion, or while only a
 * comment is written) and a comment (empty when none).
 */
public record Answer(Mark mark, String comment) {

    public Answer {
        comment = comment == null ? "" : comment.strip();
    }

    public static Answer of(Mark mark) {
        return new Answer(mark, "");
    }

    public static Answer of(Mark mark, String comment) {
        return new Answer(mark, comment);
    }

    /** A comment alone: the answer to a COMMENT criterion. */
    public static Answer comment(String comment) {
        return new Answer(null, comment);
    }

    public boolean hasMark() {
        return mark != null;
    }

    public boolean hasComment() {
        return !comment.isEmpty();
    }
}
