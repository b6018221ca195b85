package ru.portal500.monitoring.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Customizer;
import ru.portal500.registry.domain.Campaign;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.domain.SchoolScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A school's value of an entered indicator at a monitoring date: who entered it and when, whether under an exception
 * after the lock, and every change (the first entry too). Visible within the same scope as its school.
 */
@Entity
@Table(name = "indicator_value")
@Customizer(SchoolScoped.class)
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Column(name = "monitoring_date", nullable = false, updatable = false)
    private LocalDate monitoringDate;

    @Column(precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "under_exception", nullable = false)
    private boolean underException;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ValueChange> changes = new ArrayList<>();

    @Version
    private long version;

    protected IndicatorValue() {
    }

    public IndicatorValue(Indicator indicator, Campaign campaign, School school, LocalDate monitoringDate,
                          BigDecimal value, boolean underException, ChangeStamp by) {
        if (!indicator.isEntered()) {
            throw new MonitoringRuleException("monitoring.error.computed", indicator.getTitle());
        }
        this.indicator = indicator;
        this.campaign = campaign;
        this.school = school;
        this.monitoringDate = monitoringDate;
        this.value = indicator.getUnit().checked(value);
        stamp(underException, by);
        changes.add(new ValueChange(this, null, this.value, by));
    }

    /**
     * A new value, or none (a wrong figure taken back); the same one changes nothing. On record with the one it
     * replaces.
     */
    public boolean change(BigDecimal newValue, boolean underException, ChangeStamp by) {
        BigDecimal checked = newValue == null ? null : indicator.getUnit().checked(newValue);
        if (checked == null ? value == null : value != null && checked.compareTo(value) == 0) {
            return false;
        }
        changes.add(new ValueChange(this, value, checked, by));
        value = checked;
        stamp(underException, by);
        return true;
    }

    private void stamp(boolean exception, ChangeStamp by) {
        this.underException = exception;
        this.enteredBy = by.username();
        this.enteredByName = by.name();
        this.enteredAt = by.at();
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getMonitoringDate() {
        return monitoringDate;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getEnteredByName() {
        return enteredByName;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public boolean isUnderException() {
        return underException;
    }

    public List<ValueChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }

    public long getVersion() {
        return version;
    }
}
