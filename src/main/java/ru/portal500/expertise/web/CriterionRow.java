package ru.portal500.expertise.web;

import ru.portal500.expertise.checklist.ChoiceOption;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.expertise.checklist.CriterionType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One criterion as the builder edits it. A choice's options are text, one "code=text=points" per line (the text
 * may contain "=", the code and the points may not). The range belongs to a scale and the options to a choice:
 * for another type they are left out of the criterion, so switching the type back and forth loses nothing.
 */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String section;
    private String code;
    private String text;
    private String guidance;
    private CriterionType type = CriterionType.SCALE;
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max = BigDecimal.valueOf(2);
    private String options;
    private BigDecimal weight = BigDecimal.ONE;
    private boolean required;
    private boolean shownToSchool = true;
    private BigDecimal maxSpread;

    static CriterionRow of(String section, Criterion criterion) {
        CriterionRow row = new CriterionRow();
        row.section = section;
        row.code = criterion.code();
        row.text = criterion.text();
        row.guidance = criterion.guidance();
        row.type = criterion.type();
        row.min = criterion.min();
        row.max = criterion.max();
        row.options = criterion.options().stream()
                .map(o -> o.code() + "=" + o.text() + "=" + o.points().toPlainString())
                .collect(Collectors.joining("\n"));
        row.weight = criterion.weight();
        row.required = criterion.required();
        row.shownToSchool = criterion.shownToSchool();
        row.maxSpread = criterion.maxSpread();
        return row;
    }

    /** The criterion; what cannot be read is added to {@code problems} and left out (or taken as 1 for a weight). */
    Criterion toCriterion(int position, List<BuilderProblem> problems) {
        String where = ChecklistForm.blankToNull(code);
        CriterionType criterionType = type;
        if (criterionType == null) {
            problems.add(new BuilderProblem(position, where, "checklists.builder.problem.typeMissing"));
            criterionType = CriterionType.COMMENT;
        }
        if (weight == null) {
            problems.add(new BuilderProblem(position, where, "checklists.builder.problem.weightMissing"));
        }
        boolean scale = criterionType == CriterionType.SCALE;
        List<ChoiceOption> choiceOptions = criterionType == CriterionType.CHOICE
                ? parseOptions(position, where, problems) : List.of();
        return new Criterion(code, text, guidance, criterionType, scale ? min : null, scale ? max : null,
                choiceOptions, weight == null ? BigDecimal.ONE : weight, required, shownToSchool, maxSpread);
    }

    private List<ChoiceOption> parseOptions(int position, String where, List<BuilderProblem> problems) {
        List<ChoiceOption> parsed = new ArrayList<>();
        for (String line : (options == null ? "" : options).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int first = line.indexOf('=');
            int last = line.lastIndexOf('=');
            if (first < 0 || first == last) {
                problems.add(new BuilderProblem(position, where, "checklists.builder.problem.optionLine",
                        line.strip()));
                continue;
            }
            String points = line.substring(last + 1).strip();
            try {
                parsed.add(new ChoiceOption(line.substring(0, first), line.substring(first + 1, last),
                        new BigDecimal(points.replace(',', '.'))));
            } catch (NumberFormatException e) {
                problems.add(new BuilderProblem(position, where, "checklists.builder.problem.optionPoints",
                        line.strip(), points));
            }
        }
        return parsed;
    }

    public boolean isScale() {
        return type == CriterionType.SCALE;
    }

    public boolean isChoice() {
        return type == CriterionType.CHOICE;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public CriterionType getType() {
        return type;
    }

    public void setType(CriterionType type) {
        this.type = type;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isShownToSchool() {
        return shownToSchool;
    }

    public void setShownToSchool(boolean shownToSchool) {
        this.shownToSchool = shownToSchool;
    }
}
