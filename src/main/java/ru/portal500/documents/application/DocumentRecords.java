package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.infrastructure.ExtractionWork;

import java.util.List;
import java.util.Optional;

/**
 * What other contexts' system work reads of documents, for no caller (the search index builds its items from
 * them): a document with its versions' extracted texts, read within the region it belongs to, and every
 * document's id. Lookups only; the asking service decides what an absent document means.
 */
@ApplicationScoped
public class DocumentRecords {

    @Inject
    ExtractionWork work;

    /** A document wherever it is; what is read of it next (its school, versions, texts) is read within its region. */
    @Transactional
    public Optional<Document> document(long id) {
        return work.document(id);
    }

    /** Every document's id (a full rebuild of the search index). */
    @Transactional
    public List<Long> documentIds() {
        return work.documentIds();
    }
}
