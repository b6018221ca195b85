package ru.portal500.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.util.Objects;

/**
 * A municipal district or okrug of a region: the scope most rights are granted in. Visible to
 * whoever holds a grant in its whole region, in it, or in one of its schools.
 */
@Entity
@AdditionalCriteria("this.region.code IN :scopeWholeRegions"
        + " OR CONCAT(this.region.code, '/', this.code) IN :scopeMunicipalities")
@Table(name = "municipality")
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    /** Unique inside the region. */
    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(Region region, String code, String name) {
        this.region = Objects.requireNonNull(region, "region");
        this.code = Region.requireText(code, "code");
        this.name = Region.requireText(name, "name");
    }

    public Long getId() {
        return id;
    }

    /** The scope of this municipality, for rights checks. */
    public Scope scope() {
        return Scope.ofMunicipality(region.getCode(), code);
    }

    public Region getRegion() {
        return region;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Municipality other && region.equals(other.region) && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, code);
    }
}
