package ru.portal500.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

/**
 * A region's monitoring settings: how many days before a monitoring date its reporting window opens, and after how
 * many days overdue a coordinator is told of a school's overdue measure or report. A region without a row uses the
 * defaults.
 */
@Entity
@Table(name = "monitoring_settings")
@AdditionalCriteria("this.regionCode IN :scopeRegions")
public class MonitoringSettings {

    public static final int DEFAULT_WINDOW_DAYS = 14;
    public static final int DEFAULT_ESCALATE_AFTER = 7;
    public static final int MAX_ESCALATE_AFTER = 90;

    @Id
    @Column(name = "region_code", length = 32)
    private String regionCode;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "escalate_after_days", nullable = false)
    private int escalateAfterDays;

    @Version
    private long version;

    protected MonitoringSettings() {
    }

    public MonitoringSettings(String regionCode) {
        this.regionCode = regionCode;
        this.windowDays = DEFAULT_WINDOW_DAYS;
        this.escalateAfterDays = DEFAULT_ESCALATE_AFTER;
    }

    public void change(int windowDays, int escalateAfterDays) {
        if (windowDays < 0 || windowDays > ReportingWindow.MAX_DAYS_BEFORE) {
            throw new MonitoringRuleException("monitoring.error.windowDays", ReportingWindow.MAX_DAYS_BEFORE);
        }
        if (escalateAfterDays < 1 || escalateAfterDays > MAX_ESCALATE_AFTER) {
            throw new MonitoringRuleException("monitoring.error.escalateDays", MAX_ESCALATE_AFTER);
        }
        this.windowDays = windowDays;
        this.escalateAfterDays = escalateAfterDays;
    }

    public ReportingWindow window(java.time.LocalDate monitoringDate) {
        return new ReportingWindow(monitoringDate, windowDays);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public int getEscalateAfterDays() {
        return escalateAfterDays;
    }
}
