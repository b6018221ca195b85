package ru.portal500.registry.domain;

import ru.portal500.shared.domain.ChangeStamp;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a risk profile's story: who changed what and when (a significance from → to, a factor
 * chosen or dropped, the curator's verification, the return to draft). Never changed once written.
 */
@Entity
@Table(name = "risk_profile_change")
@Customizer(SchoolScoped.class)
@SchoolScoped.Path("this.profile.school")
public class RiskProfileChange {

    /** What happened. */
    public enum Kind {
        /** A factor's significance was set, changed or cleared (from and to). */
        SIGNIFICANCE,
        /** The school chose to work on the factor. */
        CHOSEN,
        /** The factor is no longer chosen. */
        DROPPED,
        /** The curator verified the profile. */
        VERIFIED,
        /** A change after verification returned the profile to draft. */
        RETURNED_TO_DRAFT,
        /** The significances came from an imported survey file. */
        IMPORTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id", nullable = false, updatable = false)
    private RiskProfile profile;

    /** Its place in the profile's story (1, 2, …). */
    @Column(name = "line_no", nullable = false, updatable = false)
    private int line;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String by;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String byName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Column(name = "factor_position", updatable = false)
    private Integer factorPosition;

    @Column(name = "factor_title", updatable = false, length = RiskFactor.MAX_TITLE)
    private String factorTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_value", updatable = false, length = 8)
    private Significance from;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_value", updatable = false, length = 8)
    private Significance to;

    protected RiskProfileChange() {
    }

    RiskProfileChange(RiskProfile profile, int line, ChangeStamp stamp, Kind kind, RiskFactor factor,
                      Significance from, Significance to) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.line = line;
        this.at = stamp.at();
        this.by = stamp.username();
        this.byName = stamp.name();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.factorPosition = factor == null ? null : factor.getPosition();
        this.factorTitle = factor == null ? null : factor.getTitle();
        this.from = from;
        this.to = to;
    }

    public int getLine() {
        return line;
    }

    public RiskProfile getProfile() {
        return profile;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getByName() {
        return byName;
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getFactorPosition() {
        return factorPosition;
    }

    public String getFactorTitle() {
        return factorTitle;
    }

    public Significance getFrom() {
        return from;
    }

    public Significance getTo() {
        return to;
    }
}
