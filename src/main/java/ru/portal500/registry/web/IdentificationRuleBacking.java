package ru.portal500.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.registry.application.IdentificationService;
import ru.portal500.registry.domain.AssessmentProcedure;
import ru.portal500.registry.domain.IdentificationRule;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The identification page's form of the region's rule: the threshold, per procedure if need be, and how often. */
@Named
@ViewScoped
public class IdentificationRuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IdentificationService identification;

    @Inject
    IdentificationCampaign page;

    @Inject
    FacesMessages messages;

    private double threshold;
    private int proceduresLastYear;
    private int proceduresEachOfTwoYears;
    private List<ProcedureThreshold> procedureThresholds = List.of();

    /** A procedure's own threshold on the form; empty means the general one. */
    public static final class ProcedureThreshold implements Serializable {
        private static final long serialVersionUID = 1L;
        private final AssessmentProcedure procedure;
        private Double threshold;

        ProcedureThreshold(AssessmentProcedure procedure, Double threshold) {
            this.procedure = procedure;
            this.threshold = threshold;
        }

        public AssessmentProcedure getProcedure() {
            return procedure;
        }

        public Double getThreshold() {
            return threshold;
        }

        public void setThreshold(Double threshold) {
            this.threshold = threshold;
        }
    }

    /** The rule as the region has it, when the page first shows the form. */
    @PostConstruct
    void read() {
        IdentificationRule rule = identification.rule(page.region());
        threshold = rule.threshold();
        proceduresLastYear = rule.proceduresLastYear();
        proceduresEachOfTwoYears = rule.proceduresEachOfTwoYears();
        procedureThresholds = Arrays.stream(AssessmentProcedure.values())
                .map(p -> new ProcedureThreshold(p, rule.thresholds().get(p))).toList();
    }

    public void saveRule() {
        Map<AssessmentProcedure, Double> own = new EnumMap<>(AssessmentProcedure.class);
        procedureThresholds.stream().filter(t -> t.threshold != null).forEach(t -> own.put(t.procedure, t.threshold));
        if (messages.run(() -> identification.changeRule(page.region(), threshold, own, proceduresLastYear,
                proceduresEachOfTwoYears), "identification.rule.saved")) {
            page.refresh();
        }
    }

    public double getThreshold() {
        return threshold;
    }

    public void setThreshold(double threshold) {
        this.threshold = threshold;
    }

    public int getProceduresLastYear() {
        return proceduresLastYear;
    }

    public void setProceduresLastYear(int proceduresLastYear) {
        this.proceduresLastYear = proceduresLastYear;
    }

    public int getProceduresEachOfTwoYears() {
        return proceduresEachOfTwoYears;
    }

    public void setProceduresEachOfTwoYears(int proceduresEachOfTwoYears) {
        this.proceduresEachOfTwoYears = proceduresEachOfTwoYears;
    }

    public List<ProcedureThreshold> getProcedureThresholds() {
        return procedureThresholds;
    }
}
