package ru.portal500.expertise.assignment;

/**
 * Why a round cannot be assigned under its rules, for one document, one reviewer, or the round as a whole.
 * The message shown to people is the caller's: a bundle key per {@link Reason}.
 *
 * @param reason    what is wrong
 * @param subjectId the document's id or the reviewer's id, as {@link Reason#subject()} says; 0 for the round
 * @param required  how many were needed (reviews of the document, reviews of the reviewer, reviews in all)
 * @param available how many there are (eligible reviewers, eligible documents, review places)
 */
public record Infeasibility(Reason reason, long subjectId, long required, long available) {

    /** Whom an infeasibility is about. */
    public enum Subject { ROUND, DOCUMENT, REVIEWER }

    public enum Reason {
        /** A fixed load k was given, but reviewers × k differs from documents × r ({@code required} vs {@code available}). */
        LOAD_DOES_NOT_ADD_UP(Subject.ROUND),
        /** Fewer reviewers may review the document than the reviews it needs. */
        TOO_FEW_ELIGIBLE_REVIEWERS(Subject.DOCUMENT),
        /**
         * Fewer documents may be given to the reviewer than its minimum load (with one document per author
         * school: fewer author schools).
         */
        TOO_FEW_ELIGIBLE_DOCUMENTS(Subject.REVIEWER),
        /** Enough reviewers may review the document, but the load limits leave too few of them room for it. */
        ELIGIBLE_REVIEWERS_FULL(Subject.DOCUMENT),
        /** Enough documents may go to the reviewer, but they are needed by others, so it stays below its minimum load. */
        ELIGIBLE_DOCUMENTS_TAKEN(Subject.REVIEWER),
        /** After a decline, no other reviewer may take the document. */
        NO_ELIGIBLE_REPLACEMENT(Subject.DOCUMENT);

        private final Subject subject;

        Reason(Subject subject) {
            this.subject = subject;
        }

        public Subject subject() {
            return subject;
        }
    }
}
