package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentComment;
import ru.portal500.documents.domain.DocumentState;

/**
 * The curator's check of a document: the school submits, the curator (or the coordinator or operator
 * stepping in) approves or returns it for revision with a comment; anyone who reads it comments. Each
 * step is one transaction, on the document's record, and tells the other side.
 */
@ApplicationScoped
public class DocumentCheck {

    @Inject
    DocumentAccess access;

    @Inject
    Event<DocumentChanged> changed;

    /** Something happened that the other side should hear of. */
    public record DocumentChanged(Document document, DocumentState state, String by, String comment) {
    }

    @Transactional
    public Document submit(long documentId) {
        DocumentAccess.Found found = access.document(documentId);
        access.require(found.rights().mayWrite(), found.document(), "documents.submit");
        found.document().submit(access.stamp());
        changed.fire(new DocumentChanged(found.document(), DocumentState.SUBMITTED, access.stamp().name(), null));
        return found.document();
    }

    @Transactional
    public Document approve(long documentId) {
        DocumentAccess.Found found = access.document(documentId);
        access.require(found.rights().mayCheck(), found.document(), "documents.approve");
        found.document().approve(access.stamp());
        changed.fire(new DocumentChanged(found.document(), DocumentState.APPROVED, access.stamp().name(), null));
        return found.document();
    }

    @Transactional
    public Document returnForRevision(long documentId, String comment) {
        DocumentAccess.Found found = access.document(documentId);
        access.require(found.rights().mayCheck(), found.document(), "documents.return");
        found.document().returnForRevision(comment, access.stamp());
        changed.fire(new DocumentChanged(found.document(), DocumentState.RETURNED, access.stamp().name(),
                comment.strip()));
        return found.document();
    }

    /** A comment, or an answer to a comment of the same document (its id). */
    @Transactional
    public DocumentComment comment(long documentId, String text, Long parentId) {
        DocumentAccess.Found found = access.document(documentId);
        Document document = found.document();
        DocumentComment parent = parentId == null ? null : document.getComments().stream()
                .filter(c -> c.getId().equals(parentId)).findFirst()
                .orElseThrow(() -> new ru.portal500.documents.domain.DocumentRuleException(
                        "documents.error.commentParent"));
        return document.comment(text, parent, access.stamp());
    }
}
