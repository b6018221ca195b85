package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.documents.domain.DocumentState;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;

import java.util.EnumSet;
import java.util.List;

/** What waits for me: the submitted documents the caller may check, oldest submission first. */
@ApplicationScoped
public class CuratorQueue {

    /** The longest queue shown at once. */
    static final int MOST = 500;

    @Inject
    AccessGuard guard;

    @Inject
    DocumentRepository documents;

    @Transactional
    public List<Document> waiting() {
        guard.requireAnyRole(EnumSet.of(Role.CURATOR, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_OPERATOR),
                "documents.queue");
        // Filtered before the cut: documents the caller only reads (as an expert) must not crowd out theirs.
        return documents.inState(DocumentState.SUBMITTED).filter(d -> DocumentRights.of(guard.caller(),
                d.getSchool().scope()).mayCheck()).limit(MOST).toList();
    }
}
