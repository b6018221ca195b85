package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentComment;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.notifications.domain.Recipient;
import ru.portal500.shared.domain.ServiceUnavailableException;

import java.util.List;
import java.util.stream.Collectors;

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

    @Inject
    Recipients recipients;

    /**
     * Who will check the document once it is submitted, as the page says it: the school's curators; a school
     * nobody curates yet is checked by its municipal coordinators (they find it in their queue and are
     * notified); with none of them either, by the regional operator. A bundle key and the names.
     */
    public record Checkers(String messageKey, String names) {
    }

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

    /** Who checks the document (see {@link Checkers}); the caller must be able to read it. */
    @Transactional
    public Checkers checkers(long documentId) {
        Document document = access.document(documentId).document();
        Scope school = document.getSchool().scope();
        try {
            List<Recipient> curators = recipients.holding(Role.CURATOR, school);
            if (!curators.isEmpty()) {
                return new Checkers("documents.submitted.curators", names(curators));
            }
            List<Recipient> coordinators = recipients.holding(Role.MUNICIPAL_COORDINATOR,
                    school.parent().orElseThrow());
            return coordinators.isEmpty() ? new Checkers("documents.submitted.nobody", "")
                    : new Checkers("documents.submitted.coordinators", names(coordinators));
        } catch (ServiceUnavailableException e) {
            // Keycloak (who holds the roles) is unreachable: the submission itself must not fail for it.
            return new Checkers("documents.submitted", "");
        }
    }

    private static String names(List<Recipient> people) {
        return people.stream().map(Recipient::fullName).collect(Collectors.joining(", "));
    }

    /** The school's curators, or without any its municipal coordinators (none: the regional operator checks). */
    List<Recipient> checkersOf(Document document) {
        Scope school = document.getSchool().scope();
        List<Recipient> curators = recipients.holding(Role.CURATOR, school);
        return curators.isEmpty() ? recipients.holding(Role.MUNICIPAL_COORDINATOR, school.parent().orElseThrow())
                : curators;
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
