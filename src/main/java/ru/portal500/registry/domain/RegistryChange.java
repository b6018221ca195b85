package ru.portal500.registry.domain;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.School;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a campaign's registry history: a decision about a school (its status from → to, with the reason),
 * who took it and when. Never changed once written; seen by whoever may see the school.
 */
@Entity
@Table(name = "registry_change")
@AdditionalCriteria("this.school.municipality.region.code IN :scopeWholeRegions"
        + " OR CONCAT(this.school.municipality.region.code, '/', this.school.municipality.code) IN :scopeWholeMunicipalities"
        + " OR CONCAT(this.school.municipality.region.code, '/', this.school.municipality.code, '/', this.school.code)"
        + " IN :scopeSchools")
public class RegistryChange {

    /** What was decided. */
    public enum Kind {
        /** The regional operator decided a school's status (from and to are statuses). */
        STATUS_DECIDED,
        /** The rule's proposal was confirmed: the school became ШНОР with the others proposed. */
        PROPOSAL_CONFIRMED,
        /** The school was paired with a curator school (to: the curator school's name). */
        PAIR_FORMED,
        /** The pair's curator school changed (from and to: the curator schools' names). */
        CURATOR_CHANGED,
        /** The pair was dissolved (from: the curator school's name). */
        PAIR_DISSOLVED,
        /** The curator role at the school was handed over (from and to: the curators' names with their logins). */
        CURATOR_HANDED_OVER,
        /** The school of last year's programme left it (from: last year's status; to: the kind of reason). */
        LEFT_PROGRAMME;

        /** A change of a pair, not of a school's status. */
        public boolean isAboutPairs() {
            return this == PAIR_FORMED || this == CURATOR_CHANGED || this == PAIR_DISSOLVED
                    || this == CURATOR_HANDED_OVER;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String by;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String byName;

    @Column(name = "old_value", updatable = false)
    private String from;

    @Column(name = "new_value", updatable = false)
    private String to;

    @Column(updatable = false, length = CampaignSchool.MAX_REASON)
    private String reason;

    protected RegistryChange() {
    }

    RegistryChange(Campaign campaign, School school, Kind kind, ChangeStamp stamp, String from, String to,
                   String reason) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.school = Objects.requireNonNull(school, "school");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = stamp.at();
        this.by = stamp.username();
        this.byName = stamp.name() == null || stamp.name().isBlank() ? stamp.username() : stamp.name();
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    /**
     * A change of the pair of {@code school} (the supported school) in the campaign: curator schools by name (a
     * handover: the curators).
     */
    public static RegistryChange ofPair(Campaign campaign, School school, Kind kind, ChangeStamp stamp,
                                        String fromCuratorSchool, String toCuratorSchool) {
        if (!kind.isAboutPairs()) {
            throw new IllegalArgumentException("Not a change of a pair: " + kind);
        }
        return new RegistryChange(campaign, school, kind, stamp, fromCuratorSchool, toCuratorSchool, null);
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public Kind getKind() {
        return kind;
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

    /** What it was before (a status's code), null for the first decision. */
    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
