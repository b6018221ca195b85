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
import ru.portal500.shared.domain.ChangeStamp;

import java.math.BigDecimal;
import java.time.Instant;

/** A line of an entered value's story: what it was (none for the first entry), what it became, who and when. */
@Entity
@Table(name = "indicator_value_change")
public class ValueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "value_id", nullable = false, updatable = false)
    private IndicatorValue entry;

    @Column(name = "old_value", updatable = false, precision = 12, scale = 2)
    private BigDecimal oldValue;

    @Column(name = "new_value", updatable = false, precision = 12, scale = 2)
    private BigDecimal newValue;

    @Column(name = "by_user", nullable = false, updatable = false)
    private String byUser;

    @Column(name = "by_name", nullable = false, updatable = false)
    private String byName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ValueChange() {
    }

    ValueChange(IndicatorValue entry, BigDecimal oldValue, BigDecimal newValue, ChangeStamp by) {
        this.entry = entry;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.byUser = by.username();
        this.byName = by.name();
        this.changedAt = by.at();
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public String getByName() {
        return byName;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
