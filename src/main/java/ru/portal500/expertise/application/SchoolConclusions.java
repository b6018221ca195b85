package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.application.DocumentAccess;
import ru.portal500.documents.domain.Document;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.infrastructure.ReviewRepository;

import java.util.List;

/** What experts concluded on a document, for everyone who reads it (the school's copy of each conclusion). */
@ApplicationScoped
public class SchoolConclusions {

    @Inject
    DocumentAccess documents;

    @Inject
    ReviewRepository repository;

    /** The submitted reviews of the document, oldest first; the caller must be able to read the document. */
    @Transactional
    public List<ExpertReview> of(long documentId) {
        Document document = documents.document(documentId).document();
        return repository.submittedReviews(document);
    }
}
