package ru.portal500.documents.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What happened to a document: its history is a list of these. */
public enum DocumentEventKind {
    UPLOADED, SUBMITTED, RETURNED, APPROVED, REOPENED, COMMENTED, DOWNLOADED, EXTRACTED, EXTRACTION_FAILED;

    /** The kinds that change a document's state (the others leave it as it is). */
    public static final Set<DocumentEventKind> CHANGING_STATE = EnumSet.of(UPLOADED, SUBMITTED, RETURNED, APPROVED,
            REOPENED);

    /**
     * The state a document was in after these events, in their order (the story up to a day): none before its first
     * upload; a draft once uploaded; submitted, returned, approved as the check went; a draft again when an approved
     * document took a new version (reopened). A new version of a returned document leaves it returned.
     */
    public static Optional<DocumentState> stateAfter(List<DocumentEventKind> events) {
        DocumentState state = null;
        for (DocumentEventKind kind : events) {
            state = switch (kind) {
                case UPLOADED -> state == null ? DocumentState.DRAFT : state;
                case SUBMITTED -> DocumentState.SUBMITTED;
                case RETURNED -> DocumentState.RETURNED;
                case APPROVED -> DocumentState.APPROVED;
                case REOPENED -> DocumentState.DRAFT;
                default -> state;
            };
        }
        return Optional.ofNullable(state);
    }
}
