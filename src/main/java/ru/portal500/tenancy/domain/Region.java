package ru.portal500.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.util.Objects;

/**
 * A region (субъект РФ): the tenant. Its data is invisible to other regions: a caller sees only the
 * regions they hold a grant in (the criteria's parameter comes from {@code ScopeInterceptor}).
 */
@Entity
@AdditionalCriteria("this.code IN :scopeRegions")
@Table(name = "region")
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The code of the subject of the Russian Federation, e.g. "64" for Саратовская область. */
    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** The zone its people read times in (an IANA name, e.g. Europe/Saratov); Moscow time unless set. */
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "Europe/Moscow";

    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, String name) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public java.time.ZoneId getTimeZone() {
        return java.time.ZoneId.of(timeZone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
