package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.documents.application.DocumentDownloads.Download;
import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentVersion;
import ru.portal500.documents.domain.ExtractionState;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.expertise.domain.ExpertReview;
import ru.portal500.expertise.infrastructure.ReviewRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.shared.i18n.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of a review: the version under review (its reviewer and the round's organiser; a download is on the
 * document's record, the preview beside the checklist is not), the full expert conclusion (the same people) and the
 * conclusion for the school (the school's side: only the criteria shown to schools, no reviewer's name in a blind
 * round).
 */
@ApplicationScoped
public class ExpertiseFiles {

    @Inject
    ExpertiseAccess access;

    @Inject
    AccessGuard guard;

    @Inject
    DocumentStorage storage;

    @Inject
    ReviewRepository reviews;

    /**
     * What a request asks for: the version under review downloaded, or shown inline beside the checklist (only a
     * format the browser shows itself, a PDF; not on the document's record, as reading it there is no download);
     * a conclusion.
     */
    public enum Kind {
        DOCUMENT, PREVIEW, CONCLUSION, SCHOOL_CONCLUSION
    }

    /**
     * The version under review as the scoring screen shows it: inline when the browser can show the file (a PDF),
     * otherwise its extracted text (none while it is extracted or when it could not be, with the reason's key).
     */
    public record Preview(String fileName, boolean inline, ExtractionState extraction, String failureKey, String text,
                          boolean truncated) {

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    /** What the scoring screen shows of the version under review; reading it is not a download. */
    @Transactional
    public Preview preview(long reviewId) {
        DocumentVersion version = versionUnderReview(reviewId);
        return new Preview(version.getFileName(), version.isPreviewable(), version.getExtraction(), version.getExtractionError(),
                version.getExtractedText(), version.isTextTruncated());
    }

    private DocumentVersion versionUnderReview(long reviewId) {
        ExpertReview review = access.review(reviewId);
        guard.require(access.mayReview(review) || access.mayOrganise(review.getRound()), review.getRound().scope(),
                "expertise.document");
        return guard.requireFound(review.getDocument().version(review.getVersionNumber()),
                "review/" + reviewId + "/version");
    }

    /** @param reader the language the file's name is written in (a conclusion's title) */
    @Transactional
    public Download open(long reviewId, Kind kind, Locale reader) {
        ExpertReview review = access.review(reviewId);
        boolean reviewerSide = access.mayReview(review) || access.mayOrganise(review.getRound());
        return switch (kind) {
            case DOCUMENT -> {
                guard.require(reviewerSide, review.getRound().scope(), "expertise.document");
                Document document = review.getDocument();
                DocumentVersion version = guard.requireFound(document.version(review.getVersionNumber()),
                        "review/" + reviewId + "/version");
                document.downloaded(version, access.stamp());
                if (access.mayReview(review) && review.getState().isOpen() && review.getOpenedAt() == null) {
                    reviews.markOpened(reviewId, access.stamp().at());
                }
                yield Download.of(version);
            }
            case PREVIEW -> {
                DocumentVersion version = versionUnderReview(reviewId);
                guard.requireFound(Optional.of(version).filter(DocumentVersion::isPreviewable),
                        "review/" + reviewId + "/preview");
                yield Download.of(version);
            }
            case CONCLUSION -> {
                guard.require(reviewerSide, review.getRound().scope(), "expertise.conclusion");
                yield pdf(review.getConclusionSha256(), review, Texts.get(reader, "expertise.conclusion.fileName"));
            }
            case SCHOOL_CONCLUSION -> {
                guard.require(reviewerSide || access.mayReadResultsOf(review), review.getRound().scope(),
                        "expertise.conclusion");
                yield pdf(review.getSchoolConclusionSha256(), review,
                        Texts.get(reader, "expertise.conclusion.schoolFileName"));
            }
        };
    }

    private Download pdf(String sha256, ExpertReview review, String title) {
        String sha = guard.requireFound(Optional.ofNullable(sha256), "review/" + review.getId() + "/conclusion");
        try {
            long size = Files.size(storage.path(sha));
            return new Download(sha, "application/pdf", title + " — " + review.getDocument().getTitle() + ".pdf", size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
