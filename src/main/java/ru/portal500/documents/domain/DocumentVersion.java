package ru.portal500.documents.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.portal500.shared.domain.ChangeStamp;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One upload of a document: the stored file (by content address), who uploaded it and when, and its
 * extracted text once extraction has run (or why it failed). A version never changes after its text.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "media_type", nullable = false, updatable = false, length = 128)
    private String mediaType;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false)
    private String uploadedByName;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExtractionState extraction = ExtractionState.PENDING;

    @Column(name = "extraction_error", length = 128)
    private String extractionError;

    /** How many times the extraction was started (each counted before the parse). */
    @Column(name = "extraction_attempts", nullable = false)
    private int extractionAttempts;

    /** Extracted, but without a word of text: a scan without a text layer. */
    @Column(name = "text_layer_missing", nullable = false)
    private boolean textLayerMissing;

    /** What the file can do beyond being read; null for a version stored before files were looked into. */
    @Convert(converter = ActiveContentConverter.class)
    @Column(name = "active_content", updatable = false)
    private Set<ActiveContent> activeContent;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, StoredContent content, ChangeStamp by) {
        this.document = document;
        this.number = number;
        this.sha256 = content.sha256();
        this.size = content.size();
        this.mediaType = content.mediaType();
        this.fileName = content.fileName();
        this.uploadedBy = by.username();
        this.uploadedByName = by.name();
        this.uploadedAt = by.at();
        this.activeContent = content.activeContent().isEmpty() ? EnumSet.noneOf(ActiveContent.class)
                : EnumSet.copyOf(content.activeContent());
    }

    /**
     * Another attempt at the extraction is about to start: counted (before the parse, in its own transaction, so
     * that a file which stops the server is counted too). False, changing nothing, once {@code maxAttempts}
     * attempts were made: the caller records the failure instead of trying again.
     */
    public boolean attemptExtraction(int maxAttempts) {
        requirePending();
        if (extractionAttempts >= maxAttempts) {
            return false;
        }
        extractionAttempts++;
        return true;
    }

    /** The text the extraction found (capped, then {@code truncated}). */
    public void textExtracted(String text, boolean truncated) {
        requirePending();
        this.extractedText = text;
        this.textTruncated = truncated;
        this.textLayerMissing = text == null || text.isBlank();
        this.extraction = ExtractionState.DONE;
    }

    /** Extraction failed; the file stays, the reason (a message key) says why. */
    public void extractionFailed(String reasonKey) {
        requirePending();
        this.extractionError = reasonKey;
        this.extraction = ExtractionState.FAILED;
    }

    private void requirePending() {
        if (extraction != ExtractionState.PENDING) {
            throw new IllegalStateException("The version's text was extracted already");
        }
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public ExtractionState getExtraction() {
        return extraction;
    }

    public String getExtractionError() {
        return extractionError;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public int getExtractionAttempts() {
        return extractionAttempts;
    }

    /** Extracted without a word of text: the page says it needs a text version or recognition. */
    public boolean isTextLayerMissing() {
        return textLayerMissing;
    }

    /** What the file can do beyond being read, in order (empty: nothing, or not looked into before it existed). */
    public List<ActiveContent> getActiveContent() {
        return activeContent == null ? List.of() : activeContent.stream().sorted().toList();
    }

    /** What the file can do beyond being read, without the note that it could not be looked into. */
    public List<ActiveContent> getActiveKinds() {
        return getActiveContent().stream().filter(k -> k != ActiveContent.NOT_INSPECTED).toList();
    }

    /** The file could not be looked into at upload (it is encrypted): whether it has active content is unknown. */
    public boolean isNotInspected() {
        return activeContent != null && activeContent.contains(ActiveContent.NOT_INSPECTED);
    }

    /** Whether the file has something active in it (a script, a launch action, an attached file) or could not be looked into. */
    public boolean isActive() {
        return activeContent != null && !activeContent.isEmpty();
    }

    /**
     * Whether the browser may show the file itself (a PDF preview): a PDF looked into at upload with nothing active
     * found. Everything else is only downloaded.
     */
    public boolean isPreviewable() {
        return activeContent != null && activeContent.isEmpty()
                && AcceptedFormat.of(mediaType).map(AcceptedFormat::previewable).orElse(false);
    }
}
