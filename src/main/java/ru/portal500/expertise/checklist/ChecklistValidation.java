package ru.portal500.expertise.checklist;

import ru.portal500.expertise.checklist.ChecklistProblem.Kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a checklist template must satisfy before experts score with it; every problem, not just the first. */
final class ChecklistValidation {

    private final Checklist checklist;
    private final List<ChecklistProblem> problems = new ArrayList<>();

    ChecklistValidation(Checklist checklist) {
        this.checklist = checklist;
    }

    List<ChecklistProblem> problems() {
        problems.clear();
        checkHeading();
        checkSections();
        checkCriteria();
        checkThresholds();
        checkDivergence();
        return List.copyOf(problems);
    }

    private void checklistProblem(Kind kind, Object... values) {
        problems.add(ChecklistProblem.ofChecklist(kind, values));
    }

    private void checkHeading() {
        if (checklist.title().isEmpty()) {
            checklistProblem(Kind.BLANK_TITLE);
        }
        if (checklist.appliesTo().isEmpty()) {
            checklistProblem(Kind.BLANK_APPLIES_TO);
        }
        if (checklist.version() < 1) {
            checklistProblem(Kind.VERSION_NOT_POSITIVE, checklist.version());
        }
    }

    private void checkSections() {
        List<ChecklistSection> sections = checklist.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).criteria().isEmpty()) {
                checklistProblem(Kind.EMPTY_SECTION, i + 1);
            }
        }
    }

    private void checkCriteria() {
        List<Criterion> criteria = checklist.criteria();
        if (criteria.isEmpty()) {
            checklistProblem(Kind.NO_CRITERIA);
            return;
        }
        if (criteria.stream().noneMatch(Criterion::isScored)) {
            checklistProblem(Kind.NO_SCORED_CRITERIA);
        }
        Map<String, Integer> firstPositions = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            int position = i + 1;
            if (criterion.code().isEmpty()) {
                problems.add(ChecklistProblem.ofCriterion(Kind.BLANK_CRITERION_CODE, criterion, position));
            } else {
                Integer first = firstPositions.putIfAbsent(criterion.code(), position);
                if (first != null) {
                    problems.add(ChecklistProblem.ofCriterion(Kind.DUPLICATE_CRITERION_CODE, criterion, position,
                            criterion.code(), first));
                }
            }
            new CriterionCheck(criterion, position).run();
        }
    }

    private void checkThresholds() {
        VerdictRules rules = checklist.verdictRules();
        BigDecimal maximum = checklist.maximumScore();
        BigDecimal pass = rules.passThreshold().inPoints(maximum);
        if (pass.signum() < 0) {
            checklistProblem(Kind.PASS_THRESHOLD_NEGATIVE, pass);
        } else if (pass.compareTo(maximum) > 0 && maximum.signum() > 0) {
            checklistProblem(Kind.PASS_THRESHOLD_ABOVE_MAXIMUM, pass, maximum);
        }
        if (rules.remarksThreshold() != null) {
            BigDecimal remarks = rules.remarksThreshold().inPoints(maximum);
            if (remarks.signum() < 0) {
                checklistProblem(Kind.REMARKS_THRESHOLD_NEGATIVE, remarks);
            } else if (remarks.compareTo(pass) > 0) {
                checklistProblem(Kind.REMARKS_THRESHOLD_ABOVE_PASS, remarks, pass);
            }
        }
    }

    private void checkDivergence() {
        DivergenceRules rules = checklist.divergenceRules();
        if (!isPercent(rules.totalSpreadPercentPoints())) {
            checklistProblem(Kind.TOTAL_SPREAD_OUT_OF_RANGE, rules.totalSpreadPercentPoints());
        }
        if (!isPercent(rules.criterionSpreadPercent())) {
            checklistProblem(Kind.CRITERION_SPREAD_OUT_OF_RANGE, rules.criterionSpreadPercent());
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(Points.HUNDRED) <= 0;
    }

    /** The rules of one criterion. */
    private final class CriterionCheck {

        private final Criterion criterion;
        private final int position;

        CriterionCheck(Criterion criterion, int position) {
            this.criterion = criterion;
            this.position = position;
        }

        private void problem(Kind kind, Object... values) {
            problems.add(ChecklistProblem.ofCriterion(kind, criterion, position, values));
        }

        void run() {
            if (criterion.text().isEmpty()) {
                problem(Kind.BLANK_CRITERION_TEXT);
            }
            if (criterion.isScored() && criterion.weight().signum() <= 0) {
                problem(Kind.NON_POSITIVE_WEIGHT, criterion.weight());
            }
            if (criterion.maxSpread() != null && criterion.maxSpread().signum() < 0) {
                problem(Kind.NEGATIVE_MAX_SPREAD, criterion.maxSpread());
            }
            checkRange();
            checkOptions();
        }

        private void checkRange() {
            boolean hasRange = criterion.min() != null || criterion.max() != null;
            if (criterion.type() != CriterionType.SCALE) {
                if (hasRange) {
                    problem(Kind.RANGE_NOT_FOR_TYPE, criterion.type());
                }
                return;
            }
            if (criterion.min() == null || criterion.max() == null) {
                problem(Kind.SCALE_WITHOUT_RANGE);
                return;
            }
            if (criterion.min().compareTo(criterion.max()) >= 0) {
                problem(Kind.SCALE_MIN_NOT_BELOW_MAX, criterion.min(), criterion.max());
            }
            if (criterion.min().signum() < 0) {
                problem(Kind.NEGATIVE_SCALE_MIN, criterion.min());
            }
        }

        private void checkOptions() {
            List<ChoiceOption> options = criterion.options();
            if (criterion.type() != CriterionType.CHOICE) {
                if (!options.isEmpty()) {
                    problem(Kind.OPTIONS_NOT_FOR_TYPE, criterion.type());
                }
                return;
            }
            if (options.isEmpty()) {
                problem(Kind.CHOICE_WITHOUT_OPTIONS);
            } else if (options.size() == 1) {
                problem(Kind.CHOICE_WITH_ONE_OPTION);
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                ChoiceOption option = options.get(i);
                if (option.code().isEmpty()) {
                    problem(Kind.BLANK_OPTION_CODE, i + 1);
                } else if (!codes.add(option.code())) {
                    problem(Kind.DUPLICATE_OPTION_CODE, option.code());
                }
                if (option.text().isEmpty()) {
                    problem(Kind.BLANK_OPTION_TEXT, option.code());
                }
                if (option.points().signum() < 0) {
                    problem(Kind.NEGATIVE_OPTION_POINTS, option.code(), option.points());
                }
            }
        }
    }
}
