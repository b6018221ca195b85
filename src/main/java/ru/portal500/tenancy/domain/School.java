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
import ru.portal500.identity.domain.Scope;

import java.util.Objects;

/**
 * A school (общеобразовательная организация) of a municipality. Visible to whoever holds a grant
 * in its region or municipality as a whole, or in the school itself.
 */
@Entity
@Table(name = "school")
@AdditionalCriteria("this.municipality.region.code IN :scopeWholeRegions"
        + " OR CONCAT(this.municipality.region.code, '/', this.municipality.code) IN :scopeWholeMunicipalities"
        + " OR CONCAT(this.municipality.region.code, '/', this.municipality.code, '/', this.code) IN :scopeSchools")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", nullable = false, updatable = false)
    private Municipality municipality;

    /** Unique inside the municipality; also the name of the school's Keycloak group. */
    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Version
    private long version;

    protected School() {
    }

    public School(Municipality municipality, String code, String name) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.code = Region.requireText(code, "code");
        this.name = Region.requireText(name, "name");
    }

    public Scope scope() {
        return Scope.ofSchool(municipality.getRegion().getCode(), municipality.getCode(), code);
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof School other && municipality.equals(other.municipality) && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(municipality, code);
    }
}
