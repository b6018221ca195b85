package ru.portal500.registry.domain;

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
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * What a human knows about a school in a campaign that results do not show: it is on Rosobrnadzor's
 * list of schools with signs of unreliable ВПР results; its social well-being index (0–100, lower is
 * worse). The operator weighs these when confirming the list. Visible within the school's scope.
 */
@Entity
@Table(name = "campaign_school_flags")
@Customizer(SchoolScoped.class)
public class SchoolFlags {

    /** The longest note kept. */
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "unreliable_results", nullable = false)
    private boolean unreliableResults;

    @Column(name = "social_wellbeing_index", precision = 5, scale = 2)
    private BigDecimal socialWellbeingIndex;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    private long version;

    protected SchoolFlags() {
    }

    public SchoolFlags(Campaign campaign, School school) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.school = Objects.requireNonNull(school, "school");
    }

    /** Sets both flags at once; an index is a number from 0 to 100. */
    public void set(boolean unreliableResults, Double socialWellbeingIndex, String note, String setBy, Instant at) {
        if (socialWellbeingIndex != null && !isIndex(socialWellbeingIndex)) {
            throw new RegistryRuleException("campaign.flags.error.index");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw new RegistryRuleException("campaign.status.error.reasonLength", MAX_NOTE);
        }
        this.unreliableResults = unreliableResults;
        this.socialWellbeingIndex = socialWellbeingIndex == null ? null
                : BigDecimal.valueOf(socialWellbeingIndex).setScale(2, RoundingMode.HALF_UP);
        this.note = text;
        this.setBy = Objects.requireNonNull(setBy, "setBy");
        this.setAt = Objects.requireNonNull(at, "at");
    }

    public static boolean isIndex(double value) {
        return value >= 0 && value <= 100;
    }

    public boolean isUnreliableResults() {
        return unreliableResults;
    }

    public Double getSocialWellbeingIndex() {
        return socialWellbeingIndex == null ? null : socialWellbeingIndex.doubleValue();
    }

    public String getNote() {
        return note;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public School getSchool() {
        return school;
    }

    public Campaign getCampaign() {
        return campaign;
    }
}
