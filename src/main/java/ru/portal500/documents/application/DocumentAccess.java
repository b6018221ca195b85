package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentRights;
import ru.portal500.documents.infrastructure.DocumentRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.registry.application.SupportedSchools;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;

import java.util.Optional;

/**
 * Finds what a documents request names — a ШНОР/ШССУ in a campaign, or a document by id — through scoped
 * queries (outside the caller's scope: 404), and refuses (403, on record) what the caller may not do.
 */
@ApplicationScoped
public class DocumentAccess {

    @Inject
    AccessGuard guard;

    @Inject
    SupportedSchools schools;

    @Inject
    DocumentRepository documents;

    /** A school's place in a campaign and the caller's rights on its documents. */
    public record Target(SupportedSchools.Target place, DocumentRights rights) {
    }

    /** A document and the caller's rights on it. */
    public record Found(Document document, DocumentRights rights) {
    }

    public Target target(String regionCode, int year, String municipalityCode, String schoolCode) {
        return target(schools.school(regionCode, municipalityCode, schoolCode), Optional.of(year));
    }

    /** For pages: the school by id or the caller's own, the campaign of the year or the newest. */
    public Target target(Long schoolId, Integer year) {
        return target(schools.school(schoolId), Optional.ofNullable(year));
    }

    private Target target(School school, Optional<Integer> year) {
        DocumentRights rights = DocumentRights.of(guard.caller(), school.scope());
        guard.require(rights.mayRead(), school.scope(), "documents.read");
        return new Target(schools.target(school, year, "documents.error.notSupported"), rights);
    }

    public Found document(long id) {
        Document document = guard.requireFound(documents.find(id), "document/" + id);
        DocumentRights rights = DocumentRights.of(guard.caller(), document.getSchool().scope());
        guard.require(rights.mayRead(), document.getSchool().scope(), "documents.read");
        return new Found(document, rights);
    }

    /**
     * The document if the caller may read it, nothing otherwise, with nothing put on record: for telling whether a
     * reference to it (a near-copy) may name it.
     */
    public Optional<Found> readable(long id) {
        return documents.find(id).map(d -> new Found(d, DocumentRights.of(guard.caller(), d.getSchool().scope())))
                .filter(found -> found.rights().mayRead());
    }

    /** Refuses (403, on record) unless the caller writes the school's documents (its team). */
    public void guardWrite(Target target, String action) {
        guard.require(target.rights().mayWrite(), target.place().school().scope(), action);
        target.place().campaign().requireOpen();
    }

    /** Refuses (403, on record) unless the caller may; a document of an archived year is not changed (400). */
    public void require(boolean allowed, Document document, String action) {
        guard.require(allowed, document.getSchool().scope(), action);
        document.getCampaign().requireOpen();
    }

    public ChangeStamp stamp() {
        return schools.stamp();
    }
}
