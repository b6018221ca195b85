package ru.portal500.expertise.web;

import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistSection;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.DivergenceRules;
import ru.portal500.expertise.checklist.RequiredCriterionRule;
import ru.portal500.expertise.checklist.Threshold;
import ru.portal500.expertise.checklist.VerdictRules;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The builder's editable copy of a checklist: a heading, two thresholds and one mutable row per criterion (its
 * section's title repeated on each row; neighbouring rows with the same title make one section). What the builder
 * does not show — threshold units, the rule for a failed required criterion, divergence limits, a criterion's own
 * spread limit — is carried over unchanged from the version it was opened from.
 */
public class ChecklistForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The document types a checklist is usually written for (codes of {@code DocumentType.DEFAULTS}). */
    public static final List<String> DOCUMENT_TYPES =
            List.of("CONCEPT", "MEDIUM_TERM_PROGRAMME", "ANTIRISK_PROGRAMME", "ROADMAP", "SELF_EVALUATION",
                    DefaultChecklists.CONTEST_CASE);

    private String title;
    private String appliesTo;
    private BigDecimal pass;
    private Threshold.Unit passUnit = Threshold.Unit.PERCENT;
    private BigDecimal remarks;
    private Threshold.Unit remarksUnit = Threshold.Unit.PERCENT;
    private RequiredCriterionRule onRequiredFailure = RequiredCriterionRule.CAP_AT_REMARKS;
    private BigDecimal totalSpread = DivergenceRules.DEFAULT.totalSpreadPercentPoints();
    private BigDecimal criterionSpread = DivergenceRules.DEFAULT.criterionSpreadPercent();
    private final List<CriterionRow> rows = new ArrayList<>();

    /** A new checklist: the default thresholds and one empty scale to fill in. */
    public static ChecklistForm empty() {
        ChecklistForm form = new ChecklistForm();
        form.pass = VerdictRules.DEFAULT.passThreshold().value();
        form.remarks = VerdictRules.DEFAULT.remarksThreshold().value();
        form.add();
        return form;
    }

    /** An editable copy of a checklist. */
    public static ChecklistForm of(Checklist checklist) {
        ChecklistForm form = new ChecklistForm();
        form.title = checklist.title();
        form.appliesTo = checklist.appliesTo();
        VerdictRules verdict = checklist.verdictRules();
        form.pass = verdict.passThreshold().value();
        form.passUnit = verdict.passThreshold().unit();
        if (verdict.remarksThreshold() != null) {
            form.remarks = verdict.remarksThreshold().value();
            form.remarksUnit = verdict.remarksThreshold().unit();
        }
        form.onRequiredFailure = verdict.onRequiredFailure();
        form.totalSpread = checklist.divergenceRules().totalSpreadPercentPoints();
        form.criterionSpread = checklist.divergenceRules().criterionSpreadPercent();
        for (ChecklistSection section : checklist.sections()) {
            section.criteria().forEach(c -> form.rows.add(CriterionRow.of(section.title(), c)));
        }
        return form;
    }

    /**
     * The checklist the form describes (version 1: the library numbers it) and what is wrong with the form itself
     * — a missing number, an option line not as "code=text=points". The checklist's own rules are not checked here.
     */
    public Built build() {
        List<BuilderProblem> problems = new ArrayList<>();
        if (pass == null) {
            problems.add(new BuilderProblem(0, null, "checklists.builder.problem.passMissing"));
        }
        List<ChecklistSection> sections = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        String sectionTitle = null;
        for (int i = 0; i < rows.size(); i++) {
            CriterionRow row = rows.get(i);
            String rowSection = blankToNull(row.getSection());
            if (!criteria.isEmpty() && !Objects.equals(rowSection, sectionTitle)) {
                sections.add(new ChecklistSection(sectionTitle, criteria));
                criteria = new ArrayList<>();
            }
            sectionTitle = rowSection;
            criteria.add(row.toCriterion(i + 1, problems));
        }
        if (!criteria.isEmpty()) {
            sections.add(new ChecklistSection(sectionTitle, criteria));
        }
        VerdictRules verdict = new VerdictRules(new Threshold(passUnit, pass == null ? BigDecimal.ZERO : pass),
                remarks == null ? null : new Threshold(remarksUnit, remarks), onRequiredFailure);
        Checklist checklist = new Checklist(title, appliesTo, 1, sections, verdict,
                new DivergenceRules(totalSpread, criterionSpread));
        return new Built(checklist, problems);
    }

    /** What {@link #build()} gives: the checklist, and the form's own problems (none: it may be saved). */
    public record Built(Checklist checklist, List<BuilderProblem> problems) {
        public Built {
            problems = List.copyOf(problems);
        }
    }

    /** Adds an empty scale of 0–2 at the end, in the last row's section. */
    public void add() {
        CriterionRow row = new CriterionRow();
        row.setSection(rows.isEmpty() ? null : rows.get(rows.size() - 1).getSection());
        rows.add(row);
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            Collections.swap(rows, index, index - 1);
        }
    }

    public void moveDown(int index) {
        moveUp(index + 1);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<CriterionRow> getRows() {
        return rows;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public BigDecimal getPass() {
        return pass;
    }

    public void setPass(BigDecimal pass) {
        this.pass = pass;
    }

    public BigDecimal getRemarks() {
        return remarks;
    }

    public void setRemarks(BigDecimal remarks) {
        this.remarks = remarks;
    }

    public Threshold.Unit getPassUnit() {
        return passUnit;
    }

    public Threshold.Unit getRemarksUnit() {
        return remarksUnit;
    }
}
