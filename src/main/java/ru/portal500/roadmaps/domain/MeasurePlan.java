package ru.portal500.roadmaps.domain;

import ru.portal500.registry.domain.RiskFactor;

import java.util.Objects;

/**
 * What a measure plans, as its keeper writes it or a plan table gives it: its section (a heading of the table, may be
 * empty), what is done, its term, who answers for it (a person or a named role of a place, «директор школы»; a
 * person of the portal also by login in {@code responsiblePerson}), the
 * risk factor it addresses (a school's roadmap) and the result or indicator that shows it done, with its target.
 */
public record MeasurePlan(String section, String title, Term term, String responsible, RiskFactor riskFactor,
                          String result, String responsiblePerson) {

    public static final int MAX_TITLE = 2000;
    public static final int MAX_SECTION = 500;
    public static final int MAX_RESPONSIBLE = 500;
    public static final int MAX_RESULT = 2000;

    public MeasurePlan {
        Objects.requireNonNull(term, "term");
        section = optional(section, MAX_SECTION, "roadmaps.error.sectionLong");
        title = required(title, MAX_TITLE, "roadmaps.error.titleEmpty", "roadmaps.error.titleLong");
        responsible = required(responsible, MAX_RESPONSIBLE, "roadmaps.error.responsibleEmpty",
                "roadmaps.error.responsibleLong");
        result = optional(result, MAX_RESULT, "roadmaps.error.resultLong");
        responsiblePerson = responsiblePerson == null || responsiblePerson.isBlank() ? null : responsiblePerson.strip();
    }

    /** A plan whose responsible is a named role or a name as written (no person of the portal). */
    public MeasurePlan(String section, String title, Term term, String responsible, RiskFactor riskFactor,
                       String result) {
        this(section, title, term, responsible, riskFactor, result, null);
    }

    private static String required(String value, int max, String emptyKey, String longKey) {
        String text = optional(value, max, longKey);
        if (text == null) {
            throw new RoadmapRuleException(emptyKey);
        }
        return text;
    }

    private static String optional(String value, int max, String longKey) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.length() > max) {
            throw new RoadmapRuleException(longKey, String.valueOf(max));
        }
        return text.isEmpty() ? null : text;
    }
}
