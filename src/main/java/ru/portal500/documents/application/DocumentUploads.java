package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentRuleException;
import ru.portal500.documents.domain.DocumentType;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.DueDocument;
import ru.portal500.documents.domain.Requirement;
import ru.portal500.documents.domain.Requirements;
import ru.portal500.documents.domain.StoredContent;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.FileNames;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * A school's team uploads a version of a document: the file is stored first (once, by content, never
 * half-written), then the version is recorded in one transaction; its text is extracted after the commit.
 * The slot names what the upload is for: an owed document ("CONCEPT", "ANTIRISK_PROGRAMME:3"…) or, for a
 * new optional document, its type's code ("EVIDENCE"); an existing document takes the next version.
 */
@ApplicationScoped
public class DocumentUploads {

    @Inject
    DocumentAccess access;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentBoard board;

    @Inject
    DocumentStorage storage;

    @Inject
    Event<VersionUploaded> uploaded;

    /** A version was recorded; its text waits for extraction (observed after the commit). */
    public record VersionUploaded(long versionId) {
    }

    @Transactional
    public DocumentVersion upload(String regionCode, int year, String municipalityCode, String schoolCode, String slot,
                                  String fileName, InputStream content) {
        return upload(access.target(regionCode, year, municipalityCode, schoolCode), slot, fileName, content);
    }

    @Transactional
    public DocumentVersion upload(Long schoolId, Integer year, String slot, String fileName, InputStream content) {
        return upload(access.target(schoolId, year), slot, fileName, content);
    }

    /** A new version of an existing document (its page). */
    @Transactional
    public DocumentVersion upload(long documentId, String fileName, InputStream content) {
        DocumentAccess.Found found = access.document(documentId);
        access.require(found.rights().mayWrite(), found.document(), "documents.upload");
        return addVersion(found.document(), fileName, content);
    }

    private DocumentVersion upload(DocumentAccess.Target target, String slot, String fileName, InputStream content) {
        Campaign campaign = target.place().campaign();
        School school = target.place().school();
        access.guardWrite(target, "documents.upload");
        Document document = documents.find(campaign, school, slot == null ? "" : slot)
                .orElseGet(() -> newDocument(campaign, school, slot));
        return addVersion(document, fileName, content);
    }

    private DocumentVersion addVersion(Document document, String fileName, InputStream content) {
        StoredFile stored;
        try {
            stored = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
        ChangeStamp by = access.stamp();
        DocumentVersion version = document.upload(new StoredContent(stored.sha256(), stored.size(),
                stored.mediaType(), FileNames.clean(fileName)), by);
        documents.flush();
        uploaded.fire(new VersionUploaded(version.getId()));
        return version;
    }

    private Document newDocument(Campaign campaign, School school, String slot) {
        Optional<DueDocument> owed = board.owed(campaign, school).stream().filter(d -> d.slot().equals(slot))
                .findFirst();
        ChangeStamp at = access.stamp();
        if (owed.isPresent()) {
            DueDocument due = owed.get();
            return documents.add(new Document(campaign, school, due.type(), due.riskFactor(), due.slot(), due.title(),
                    due.due(), at.at()));
        }
        DocumentType optional = documents.type(campaign.getRegion().getCode(), slot == null ? "" : slot)
                .filter(t -> t.getRequirement() == Requirement.OPTIONAL && !t.isRetired())
                .orElseThrow(() -> new DocumentRuleException("documents.error.slot"));
        int next = (int) documents.of(campaign, school).stream().filter(d -> d.getType().equals(optional)).count() + 1;
        return documents.add(new Document(campaign, school, optional, null, Requirements.optionalSlot(optional, next),
                optional.getTitle() + " № " + next, null, at.at()));
    }
}
