package ru.portal500.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A file attached to a practice, stored by content address like documents' versions. */
@Embeddable
public class PracticeFile {

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 128)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    protected PracticeFile() {
    }

    public PracticeFile(String sha256, String fileName, String mediaType, long size) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
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
}
