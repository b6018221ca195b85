package ru.portal500.expertise.domain;

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
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.Region;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a region's checklist, kept as its JSON form (the import/export format). A version is
 * never changed: the builder saves a new one, and a round keeps the version it started with. Seen by anyone who
 * acts in its region.
 */
@Entity
@Table(name = "checklist")
@AdditionalCriteria("this.region.code IN :scopeRegions")
public class ChecklistVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 500, updatable = false)
    private String title;

    @Column(name = "document_type", nullable = false, length = 32, updatable = false)
    private String documentType;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String body;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ChecklistVersion() {
    }

    public ChecklistVersion(Region region, String code, int number, String title, String documentType, String body,
                            ChangeStamp by) {
        this.region = Objects.requireNonNull(region, "region");
        this.code = Objects.requireNonNull(code, "code");
        this.number = number;
        this.title = Objects.requireNonNull(title, "title");
        this.documentType = Objects.requireNonNull(documentType, "documentType");
        this.body = Objects.requireNonNull(body, "body");
        this.createdBy = by.username();
        this.createdAt = by.at();
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getBody() {
        return body;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
