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
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A school's report at a monitoring date: it has given every value the date asks for. On time when submitted by the
 * date itself; later only under a coordinator's exception. Visible within the same scope as its school.
 */
@Entity
@Table(name = "monitoring_report")
@Customizer(SchoolScoped.class)
public class MonitoringReport {

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

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_by_name", nullable = false, updatable = false)
    private String submittedByName;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "on_time", nullable = false, updatable = false)
    private boolean onTime;

    protected MonitoringReport() {
    }

    public MonitoringReport(Campaign campaign, School school, LocalDate monitoringDate, LocalDate today,
                            ChangeStamp by) {
        this.campaign = campaign;
        this.school = school;
        this.monitoringDate = monitoringDate;
        this.onTime = !today.isAfter(monitoringDate);
        this.submittedBy = by.username();
        this.submittedByName = by.name();
        this.submittedAt = by.at();
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

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isOnTime() {
        return onTime;
    }
}
