package ru.portal500.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator of a region's monitoring, kept as data: its title, unit, how it is measured (a {@link Formula} over
 * the portal's facts, or entered per school at a monitoring date), its target with the warning threshold of the
 * traffic light and which way is better, and the seed (order, programme) that asks for it. The seeds' indicators are
 * built in; a region's operator sets their targets and adds its own entered ones. Read by everyone of the region.
 */
@Entity
@Table(name = "indicator")
@AdditionalCriteria("this.regionCode IN :scopeRegions")
public class Indicator {

    public static final int MAX_TITLE = 500;
    public static final int MAX_SOURCE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code", nullable = false, updatable = false, length = 32)
    private String regionCode;

    @Column(nullable = false, updatable = false, length = 48)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 48)
    private Formula formula;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal warning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Target.Direction direction;

    @Column(length = MAX_SOURCE)
    private String source;

    @Column(name = "built_in", nullable = false, updatable = false)
    private boolean builtIn;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Indicator() {
    }

    private Indicator(String regionCode, String code, int position, Unit unit, Formula formula, boolean builtIn) {
        this.regionCode = regionCode;
        this.code = code;
        this.position = position;
        this.unit = unit;
        this.formula = formula;
        this.builtIn = builtIn;
    }

    /** A built-in indicator of the region, as the catalogue defines it. */
    public static Indicator builtIn(String regionCode, BuiltInIndicators.Definition definition) {
        Indicator indicator = new Indicator(regionCode, definition.code(), definition.position(), definition.unit(),
                definition.formula(), true);
        indicator.define(definition.title(), definition.target(), definition.source());
        return indicator;
    }

    /** A region's own indicator, entered per school at the monitoring dates. */
    public static Indicator entered(String regionCode, String code, int position, Unit unit, String title,
                                    Target target, String source) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,47}")) {
            throw new MonitoringRuleException("monitoring.error.code");
        }
        Indicator indicator = new Indicator(regionCode, code, position, unit, null, false);
        indicator.define(title, target, source);
        return indicator;
    }

    /** New wording, target and source (the unit and the way it is measured stay). */
    public void define(String title, Target target, String source) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new MonitoringRuleException("monitoring.error.titleEmpty");
        }
        if (t.length() > MAX_TITLE) {
            throw new MonitoringRuleException("monitoring.error.titleLong", String.valueOf(MAX_TITLE));
        }
        String s = source == null || source.isBlank() ? null : source.strip();
        if (s != null && s.length() > MAX_SOURCE) {
            throw new MonitoringRuleException("monitoring.error.sourceLong", String.valueOf(MAX_SOURCE));
        }
        unit.checked(target.target());
        unit.checked(target.warning());
        this.title = t;
        this.target = target.target();
        this.warning = target.warning();
        this.direction = target.direction();
        this.source = s;
    }

    public void retire(boolean retired) {
        this.retired = retired;
    }

    public Target target() {
        return new Target(target, warning, direction);
    }

    /** Whether schools enter its value at each monitoring date (no formula). */
    public boolean isEntered() {
        return formula == null;
    }

    public Optional<Formula> formula() {
        return Optional.ofNullable(formula);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSource() {
        return source;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public boolean isRetired() {
        return retired;
    }

    public long getVersion() {
        return version;
    }
}
