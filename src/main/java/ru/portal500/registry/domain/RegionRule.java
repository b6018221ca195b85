package ru.portal500.registry.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.tenancy.domain.Region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The identification rule a region's operator has set (regions without one use the seeds' rule). */
@Entity
@Table(name = "identification_rule")
@AdditionalCriteria("this.region.code IN :scopeRegions")
public class RegionRule {

    @Id
    @Column(name = "region_id")
    private Long regionId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", insertable = false, updatable = false)
    private Region region;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal threshold;

    @Column(name = "procedures_last_year", nullable = false)
    private int proceduresLastYear;

    @Column(name = "procedures_each_of_two_years", nullable = false)
    private int proceduresEachOfTwoYears;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identification_threshold", joinColumns = @JoinColumn(name = "region_id"))
    @MapKeyColumn(name = "procedure_code", length = 16)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "threshold", precision = 5, scale = 2)
    private Map<AssessmentProcedure, BigDecimal> thresholds = new HashMap<>();

    @Version
    private long version;

    protected RegionRule() {
    }

    public RegionRule(Region region, IdentificationRule rule) {
        this.region = region;
        this.regionId = region.getId();
        change(rule);
    }

    /** The rule the operator set; it has checked its own bounds. */
    public void change(IdentificationRule rule) {
        this.threshold = share(rule.threshold());
        this.proceduresLastYear = rule.proceduresLastYear();
        this.proceduresEachOfTwoYears = rule.proceduresEachOfTwoYears();
        this.thresholds.clear();
        rule.thresholds().forEach((procedure, value) -> thresholds.put(procedure, share(value)));
    }

    public IdentificationRule rule() {
        Map<AssessmentProcedure, Double> perProcedure = new EnumMap<>(AssessmentProcedure.class);
        thresholds.forEach((procedure, value) -> perProcedure.put(procedure, value.doubleValue()));
        return new IdentificationRule(threshold.doubleValue(), perProcedure, proceduresLastYear,
                proceduresEachOfTwoYears);
    }

    private static BigDecimal share(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
