package ru.portal500.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.extraction.Change;
import ru.portal500.documents.extraction.TextDiff;
import ru.portal500.identity.application.AccessGuard;

import java.util.List;

/** Opening a version's file (on the document's record) and comparing two versions' texts. */
@ApplicationScoped
public class DocumentDownloads {

    @Inject
    DocumentAccess access;

    @Inject
    AccessGuard guard;

    /** What to send: the stored file's address, its type and the name it was uploaded with. */
    public record Download(String sha256, String mediaType, String fileName, long size) {
    }

    @Transactional
    public Download open(long documentId, int versionNumber) {
        Document document = access.document(documentId).document();
        DocumentVersion version = guard.requireFound(document.version(versionNumber),
                "document/" + documentId + "/version/" + versionNumber);
        document.downloaded(version, access.stamp());
        return new Download(version.getSha256(), version.getMediaType(), version.getFileName(), version.getSize());
    }

    /** What changed in the extracted text from one version to another (empty texts if not extracted yet). */
    @Transactional
    public List<Change> diff(long documentId, int from, int to) {
        Document document = access.document(documentId).document();
        String older = text(guard.requireFound(document.version(from), "version/" + from));
        String newer = text(guard.requireFound(document.version(to), "version/" + to));
        return TextDiff.between(older, newer);
    }

    private static String text(DocumentVersion version) {
        return version.getExtractedText() == null ? "" : version.getExtractedText();
    }
}
