package ru.portal500.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/**
 * A profile's mark on one factor: its significance for the school, and whether the school works on it.
 * Immutable: a changed mark is a new one (EclipseLink finds the row of an element-collection member by
 * all its columns, so a member changed in place could not be found to be replaced).
 */
@Embeddable
public class FactorMark {

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "factor_id", nullable = false)
    private RiskFactor factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Significance significance;

    @Column(nullable = false)
    private boolean chosen;

    protected FactorMark() {
    }

    FactorMark(RiskFactor factor, Significance significance, boolean chosen) {
        this.factor = Objects.requireNonNull(factor, "factor");
        this.significance = Objects.requireNonNull(significance, "significance");
        this.chosen = chosen;
    }

    FactorMark withSignificance(Significance newSignificance) {
        return new FactorMark(factor, newSignificance, chosen);
    }

    FactorMark withChoice(boolean newChoice) {
        return new FactorMark(factor, significance, newChoice);
    }

    public RiskFactor getFactor() {
        return factor;
    }

    public Significance getSignificance() {
        return significance;
    }

    public boolean isChosen() {
        return chosen;
    }
}
