package ru.portal500.registry.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.tenancy.domain.Region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A region's programme campaign for one school year (named by the year it ends: 2026 is 2025/26), with
 * the dates of its stages in the order of the yearly cycle, and its monitoring dates.
 */
@Entity
@Table(name = "campaign")
@AdditionalCriteria("this.region.code IN :scopeRegions")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(nullable = false)
    private String name;

    @Column(name = "identification_until")
    private LocalDate identificationUntil;
    @Column(name = "setup_until")
    private LocalDate setupUntil;
    @Column(name = "diagnostics_until")
    private LocalDate diagnosticsUntil;
    @Column(name = "documents_due")
    private LocalDate documentsDue;
    @Column(name = "expertise_until")
    private LocalDate expertiseUntil;
    @Column(name = "mutual_expertise_until")
    private LocalDate mutualExpertiseUntil;
    @Column(name = "contest_until")
    private LocalDate contestUntil;

    @ElementCollection
    @CollectionTable(name = "campaign_monitoring_date", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "due")
    @OrderBy
    private List<LocalDate> monitoringDates = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(Region region, int schoolYear, String name, CampaignSchedule schedule) {
        this.region = Objects.requireNonNull(region, "region");
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw new RegistryRuleException("campaign.error.invalid");
        }
        this.schoolYear = schoolYear;
        reschedule(name, schedule);
    }

    /** New name and dates; the schedule has checked its own order. */
    public void reschedule(String name, CampaignSchedule schedule) {
        if (name == null || name.isBlank()) {
            throw new RegistryRuleException("campaign.error.invalid");
        }
        this.name = name.strip();
        this.identificationUntil = schedule.identificationUntil();
        this.setupUntil = schedule.setupUntil();
        this.diagnosticsUntil = schedule.diagnosticsUntil();
        this.documentsDue = schedule.documentsDue();
        this.expertiseUntil = schedule.expertiseUntil();
        this.mutualExpertiseUntil = schedule.mutualExpertiseUntil();
        this.contestUntil = schedule.contestUntil();
        this.monitoringDates = new ArrayList<>(new TreeSet<>(schedule.monitoringDates()));
    }

    public CampaignSchedule schedule() {
        return new CampaignSchedule(identificationUntil, setupUntil, diagnosticsUntil, documentsDue, expertiseUntil,
                mutualExpertiseUntil, contestUntil, List.copyOf(monitoringDates));
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public String getName() {
        return name;
    }
}
