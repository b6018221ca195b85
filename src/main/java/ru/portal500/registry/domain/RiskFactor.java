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
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.util.Objects;

/**
 * A risk factor (фактор риска) of a campaign's catalogue: its place in the list, its wording in the
 * region, and the number of the federal factor it stands for (none for a region's own). A factor that
 * profiles may use is retired, never deleted. Visible to whoever acts in the campaign's region.
 */
@Entity
@Table(name = "risk_factor")
@AdditionalCriteria("this.campaign.region.code IN :scopeRegions")
public class RiskFactor {

    public static final int MAX_TITLE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "federal_number", updatable = false)
    private Integer federalNumber;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected RiskFactor() {
    }

    RiskFactor(Campaign campaign, int position, String title, Integer federalNumber) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        if (position < 1) {
            throw new IllegalArgumentException("Positions start at 1");
        }
        this.position = position;
        this.title = checkedTitle(title);
        this.federalNumber = federalNumber;
    }

    /** A title as kept: stripped, not blank, not longer than {@value #MAX_TITLE}, not a bare number. */
    static String checkedTitle(String title) {
        String text = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_TITLE || text.matches("\\d+")) {
            throw new RegistryRuleException("risk.factor.error.title", MAX_TITLE);
        }
        return text;
    }

    void rename(String newTitle) {
        this.title = checkedTitle(newTitle);
    }

    void retire(boolean retire) {
        this.retired = retire;
    }

    /**
     * What the factor is across campaigns, whatever its wording there: the federal number, or for a
     * region's own factor its position.
     */
    public String matchKey() {
        return federalNumber != null ? "federal-" + federalNumber : "position-" + position;
    }

    /** Whether this is a factor of the campaign (the same one, however loaded). */
    public boolean belongsTo(Campaign other) {
        return campaign == other || campaign.getId() != null && campaign.getId().equals(other.getId());
    }

    /** The same factor: the same stored row (however loaded), or the same new object. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RiskFactor other && id != null && id.equals(other.id);
    }

    /** By position, which never changes (ids are given on storing). */
    @Override
    public int hashCode() {
        return position;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Integer getFederalNumber() {
        return federalNumber;
    }

    public boolean isRetired() {
        return retired;
    }
}
