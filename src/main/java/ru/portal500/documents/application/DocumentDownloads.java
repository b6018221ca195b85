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

    /**
     * What to send: the stored file's address, its type, the name it was uploaded with, and whether the browser may
     * show it itself (a PDF preview) rather than only save it.
     */
    public record Download(String sha256, String mediaType, String fileName, long size, boolean inline) {

        /** A file the portal wrote itself (an expert conclusion): a PDF opens in the browser. */
        public Download(String sha256, String mediaType, String fileName, long size) {
            this(sha256, mediaType, fileName, size, ru.portal500.documents.domain.AcceptedFormat.of(mediaType)
                    .map(ru.portal500.documents.domain.AcceptedFormat::previewable).orElse(false));
        }

        /**
         * A version's file: previewed only when it is a PDF that was looked into at upload and found to hold no
         * script, launch action or attached file; anything else is only ever downloaded.
         */
        public static Download of(DocumentVersion version) {
            return new Download(version.getSha256(), version.getMediaType(), version.getFileName(), version.getSize(),
                    version.isPreviewable());
        }
    }

    @Transactional
    public Download open(long documentId, int versionNumber) {
        Document document = access.document(documentId).document();
        DocumentVersion version = guard.requireFound(document.version(versionNumber),
                "document/" + documentId + "/version/" + versionNumber);
        document.downloaded(version, access.stamp());
        return Download.of(version);
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
