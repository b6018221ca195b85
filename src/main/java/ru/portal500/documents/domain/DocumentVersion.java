package ru.portal500.documents.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
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
    @Column(nullable = false, length = 16)
    private ExtractionState extraction = ExtractionState.PENDING;

    @Column(name = "extraction_error", length = 64)
    private String extractionError;

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
    }

    /** The text the extraction found (capped, then {@code truncated}). */
    public void textExtracted(String text, boolean truncated) {
        requirePending();
        this.extractedText = text;
        this.textTruncated = truncated;
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
}
