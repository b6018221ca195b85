package ru.portal500.expertise.checklist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checklist template, one version of it: what it applies to (a document type code such as
 * {@code ANTIRISK_PROGRAMME}, or a contest nomination — the engine does not care), its criteria in sections, and
 * the rules turning totals into a verdict and experts' disagreement into a flag. Immutable; a change is a new
 * version. Its JSON form ({@link ChecklistJsonWriter}) is how it is stored.
 */
public record Checklist(String title, String appliesTo, int version, List<ChecklistSection> sections,
                        VerdictRules verdictRules, DivergenceRules divergenceRules) {

    public Checklist {
        title = title == null ? "" : title.strip();
        appliesTo = appliesTo == null ? "" : appliesTo.strip();
        sections = List.copyOf(sections);
        Objects.requireNonNull(verdictRules, "verdictRules");
        Objects.requireNonNull(divergenceRules, "divergenceRules");
    }

    /** Every criterion, in the checklist's order. */
    public List<Criterion> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The 1-based position of a criterion in the checklist's order, 0 when there is none with that code. */
    public int positionOf(String code) {
        List<Criterion> criteria = criteria();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).code().equals(code)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The highest weighted total a sheet can reach. */
    public BigDecimal maximumScore() {
        return Points.canonical(Points.sum(criteria().stream().map(Criterion::maximumWeighted).toList()));
    }

    /** Everything wrong with this template; empty when experts may score with it. */
    public List<ChecklistProblem> problems() {
        return new ChecklistValidation(this).problems();
    }

    public boolean isValid() {
        return problems().isEmpty();
    }
}
