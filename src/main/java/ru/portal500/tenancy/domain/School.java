package ru.portal500.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;

import java.util.Objects;

/**
 * A school (общеобразовательная организация) of a municipality. Visible to whoever holds a grant
 * in its region or municipality as a whole, or in the school itself.
 */
@Entity
@Table(name = "school")
@Customizer(SchoolScoped.class)
@SchoolScoped.Path("this")
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

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SchoolKind kind = SchoolKind.SECONDARY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Locality locality = Locality.URBAN;

    private String settlement;

    @Column(length = 500)
    private String address;

    /** The school this one is a branch (филиал) of, in the same municipality. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_school_id")
    private School parent;

    @Column(length = 64)
    private String phone;

    private String email;

    @Column(name = "head_name")
    private String headName;

    @Version
    private long version;

    protected School() {
    }

    public School(Municipality municipality, String code, String name) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.code = Region.requireText(code, "code");
        this.name = Region.requireText(name, "name");
    }

    /** The directory's record of the school, as an import or an operator states it. */
    public void describe(String name, SchoolDetails details, School parent) {
        if (parent != null && (parent == this || !parent.municipality.equals(municipality))) {
            throw new IllegalArgumentException("A branch belongs to a school of the same municipality");
        }
        this.name = Region.requireText(name, "name");
        this.shortName = details.shortName();
        this.kind = details.kind();
        this.locality = details.locality();
        this.settlement = details.settlement();
        this.address = details.address();
        this.phone = details.phone();
        this.email = details.email();
        this.headName = details.headName();
        this.parent = parent;
    }

    public SchoolDetails details() {
        return new SchoolDetails(shortName, kind, locality, settlement, address, phone, email, headName);
    }

    public School getParent() {
        return parent;
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
