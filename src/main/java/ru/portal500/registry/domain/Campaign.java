package ru.portal500.registry.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.Region;

import java.time.Instant;
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

    @Convert(converter = InstantConverter.class)
    @Column(name = "archived_at")
    private Instant archivedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rolled_from_id")
    private Campaign rolledFrom;

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

    /**
     * The campaign of the next school year rolled over from this one: same region, the schedule a year later, the name
     * with the next year's label. This campaign is archived by it (read, never changed again).
     */
    public Campaign rollOver(Instant at) {
        requireOpen();
        String label = SchoolYear.label(schoolYear);
        String next = SchoolYear.label(schoolYear + 1);
        Campaign following = new Campaign(region, schoolYear + 1,
                name.contains(label) ? name.replace(label, next) : name + " " + next, schedule().nextYear());
        following.rolledFrom = this;
        archive(at);
        return following;
    }

    /** Archives this campaign when its next one was planned by hand before the rollover. */
    public void archiveFor(Campaign following, Instant at) {
        requireOpen();
        if (following.schoolYear != schoolYear + 1 || !following.region.getCode().equals(region.getCode())) {
            throw new RegistryRuleException("campaign.error.invalid");
        }
        following.rolledFrom = this;
        archive(at);
    }

    private void archive(Instant at) {
        this.archivedAt = Objects.requireNonNull(at, "at");
    }

    /** A rolled-over year is an archive: its statuses, pairs, roadmaps and reports are read, not changed. */
    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Refuses a change of an archived campaign's records, naming its school year. */
    public void requireOpen() {
        if (isArchived()) {
            throw new RegistryRuleException("campaign.error.archived", SchoolYear.label(schoolYear));
        }
    }

    public Instant getArchivedAt() {
        return archivedAt;
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
