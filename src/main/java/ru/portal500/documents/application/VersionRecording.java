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
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;

import java.util.Optional;

/** The transactions of an upload ({@link DocumentUploads}): the check before the file is read, and the record. */
@ApplicationScoped
public class VersionRecording {

    @Inject
    DocumentAccess access;

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentBoard board;

    @Inject
    Event<DocumentUploads.VersionUploaded> uploaded;

    /** Where an upload goes: a slot of a school's campaign (by codes or by the school's id), or a document. */
    public record Destination(String regionCode, Integer year, String municipalityCode, String schoolCode, Long schoolId,
                              String slot, Long documentId) {

        static Destination slot(String regionCode, int year, String municipalityCode, String schoolCode, String slot) {
            return new Destination(regionCode, year, municipalityCode, schoolCode, null, slot == null ? "" : slot, null);
        }

        static Destination slot(Long schoolId, Integer year, String slot) {
            return new Destination(null, year, null, null, schoolId, slot == null ? "" : slot, null);
        }

        static Destination document(long documentId) {
            return new Destination(null, null, null, null, null, null, documentId);
        }

        /** What concurrent records of the same numbers share: the document, or the school's campaign. */
        String lockKey() {
            if (documentId != null) {
                return "document " + documentId;
            }
            return schoolId != null ? "school " + schoolId + " " + year
                    : "school " + regionCode + "/" + municipalityCode + "/" + schoolCode + " " + year;
        }
    }

    /** Refuses (403, or the rule in words) an upload that could not be recorded; writes nothing else. */
    @Transactional
    public void check(Destination to) {
        if (to.documentId() != null) {
            writable(to.documentId()).requireOpenForUpload();
            return;
        }
        DocumentAccess.Target target = target(to);
        Campaign campaign = target.place().campaign();
        School school = target.place().school();
        Optional<Document> existing = documents.find(campaign, school, to.slot());
        if (existing.isPresent()) {
            existing.get().requireOpenForUpload();
        } else if (owed(campaign, school, to.slot()).isEmpty()) {
            optionalType(campaign, to.slot());
        }
    }

    /** Records the stored file as the next version of the destination's document (created if it is new). */
    @Transactional
    public DocumentVersion record(Destination to, String fileName, StoredFile stored) {
        Document document;
        if (to.documentId() != null) {
            document = writable(to.documentId());
        } else {
            DocumentAccess.Target target = target(to);
            Campaign campaign = target.place().campaign();
            School school = target.place().school();
            document = documents.find(campaign, school, to.slot()).orElseGet(() -> newDocument(campaign, school, to.slot()));
        }
        ChangeStamp by = access.stamp();
        DocumentVersion version = document.upload(new StoredContent(stored.sha256(), stored.size(), stored.mediaType(),
                fileName, stored.activeContent()), by);
        documents.flush();
        uploaded.fire(new DocumentUploads.VersionUploaded(version.getId()));
        return version;
    }

    private Document writable(long documentId) {
        DocumentAccess.Found found = access.document(documentId);
        access.require(found.rights().mayWrite(), found.document(), "documents.upload");
        return found.document();
    }

    private DocumentAccess.Target target(Destination to) {
        DocumentAccess.Target target = to.regionCode() != null
                ? access.target(to.regionCode(), to.year(), to.municipalityCode(), to.schoolCode())
                : access.target(to.schoolId(), to.year());
        access.guardWrite(target, "documents.upload");
        return target;
    }

    private Optional<DueDocument> owed(Campaign campaign, School school, String slot) {
        return board.owed(campaign, school).stream().filter(d -> d.slot().equals(slot)).findFirst();
    }

    private DocumentType optionalType(Campaign campaign, String slot) {
        return documents.type(campaign.getRegion().getCode(), slot)
                .filter(t -> t.getRequirement() == Requirement.OPTIONAL && !t.isRetired())
                .orElseThrow(() -> new DocumentRuleException("documents.error.slot"));
    }

    /**
     * An owed document, or the next optional one of the type: its number is one more than the school has of it, as
     * read in this transaction (a concurrent upload that took it first makes this one record again).
     */
    private Document newDocument(Campaign campaign, School school, String slot) {
        Optional<DueDocument> owed = owed(campaign, school, slot);
        ChangeStamp at = access.stamp();
        if (owed.isPresent()) {
            DueDocument due = owed.get();
            return documents.add(new Document(campaign, school, due.type(), due.riskFactor(), due.slot(), due.title(),
                    due.due(), at.at()));
        }
        DocumentType optional = optionalType(campaign, slot);
        int next = (int) documents.of(campaign, school).stream().filter(d -> d.getType().equals(optional)).count() + 1;
        return documents.add(new Document(campaign, school, optional, null, Requirements.optionalSlot(optional, next),
                optional.getTitle() + " № " + next, null, at.at()));
    }
}
