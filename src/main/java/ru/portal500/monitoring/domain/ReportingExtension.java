package ru.portal500.monitoring.domain;

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
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A coordinator's exception (исключение) for one school at one monitoring date: it may report after the lock, until a
 * day, for the reason given. Granting it again moves the day and the reason, on record as who and when.
 */
@Entity
@Table(name = "reporting_exception")
@Customizer(SchoolScoped.class)
public class ReportingExtension {

    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "monitoring_date", nullable = false, updatable = false)
    private LocalDate monitoringDate;

    @Column(name = "until_day")
    private LocalDate until;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "granted_by")
    private String grantedBy;

    @Column(name = "granted_by_name")
    private String grantedByName;

    @Column(name = "granted_at")
    private Instant grantedAt;

    @Column(name = "requested_until")
    private LocalDate requestedUntil;

    @Column(name = "request_reason", length = MAX_REASON)
    private String requestReason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Version
    private long version;

    protected ReportingExtension() {
    }

    public ReportingExtension(Campaign campaign, School school, LocalDate monitoringDate) {
        this.campaign = campaign;
        this.school = school;
        this.monitoringDate = monitoringDate;
    }

    /** Until the day (after the monitoring date, not before today), for the reason. */
    public void grant(LocalDate until, String reason, LocalDate today, ChangeStamp by) {
        ReportingWindow.Exception checked = new ReportingWindow.Exception(until, reason);
        if (!until.isAfter(monitoringDate) || until.isBefore(today)) {
            throw new MonitoringRuleException("monitoring.error.exceptionUntil");
        }
        if (checked.reason().length() > MAX_REASON) {
            throw new MonitoringRuleException("monitoring.error.reasonLong", String.valueOf(MAX_REASON));
        }
        this.until = until;
        this.reason = checked.reason();
        this.grantedBy = by.username();
        this.grantedByName = by.name();
        this.grantedAt = by.at();
    }

    /**
     * The school's request: until which day it needs, and why; refused while a grant still lasts (the school may
     * report now).
     */
    public void request(LocalDate until, String reason, LocalDate today, ChangeStamp by) {
        if (isGranted() && !today.isAfter(this.until)) {
            throw new MonitoringRuleException("monitoring.error.alreadyExcepted", until(this.until));
        }
        ReportingWindow.Exception checked = new ReportingWindow.Exception(until, reason);
        if (!until.isAfter(monitoringDate) || until.isBefore(today)) {
            throw new MonitoringRuleException("monitoring.error.exceptionUntil");
        }
        if (checked.reason().length() > MAX_REASON) {
            throw new MonitoringRuleException("monitoring.error.reasonLong", String.valueOf(MAX_REASON));
        }
        this.requestedUntil = until;
        this.requestReason = checked.reason();
        this.requestedBy = by.username();
        this.requestedByName = by.name();
        this.requestedAt = by.at();
    }

    private static String until(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }

    /** The exception granted, if it is. */
    public java.util.Optional<ReportingWindow.Exception> asException() {
        return isGranted() ? java.util.Optional.of(new ReportingWindow.Exception(until, reason))
                : java.util.Optional.empty();
    }

    public boolean isGranted() {
        return grantedAt != null;
    }

    /** Whether the school asked and nobody has granted it since. */
    public boolean isAskedFor() {
        return requestedAt != null && (grantedAt == null || grantedAt.isBefore(requestedAt));
    }

    public LocalDate getRequestedUntil() {
        return requestedUntil;
    }

    public String getRequestReason() {
        return requestReason;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public ru.portal500.registry.domain.Campaign getCampaign() {
        return campaign;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getMonitoringDate() {
        return monitoringDate;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedByName() {
        return grantedByName;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
