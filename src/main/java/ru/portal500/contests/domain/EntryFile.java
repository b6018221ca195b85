package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.util.Objects;
import java.util.Optional;

/**
 * A file of an entry, stored by content as documents are (its SHA-256 is its address), with the name it was
 * uploaded under and, if it is one, which of the contest's required files it is. Changed through its entry.
 */
@Entity
@Table(name = "contest_entry_file")
@AdditionalCriteria("this.entry.contest.region.code IN :scopeRegions")
public class EntryFile {

    public static final int MAX_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ContestEntry entry;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(name = "required_file", updatable = false, length = ContestSettings.MAX_FILE_NAME)
    private String requiredFile;

    protected EntryFile() {
    }

    EntryFile(ContestEntry entry, int position, EntryUpload upload) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.position = position;
        this.sha256 = upload.sha256();
        this.fileName = upload.fileName();
        this.mediaType = upload.mediaType();
        this.size = upload.size();
        this.requiredFile = upload.requiredFile();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** Which of the contest's required files this is, if any. */
    public Optional<String> getRequiredFile() {
        return Optional.ofNullable(requiredFile);
    }
}
