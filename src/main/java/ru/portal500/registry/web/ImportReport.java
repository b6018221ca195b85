package ru.portal500.registry.web;

import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.registry.application.ImportOutcome;
import ru.portal500.shared.imports.ImportProblem;
import ru.portal500.shared.i18n.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** How an import went, as a page shows it: counts, or every problem by line and column in the user's language. */
public record ImportReport(boolean applied, int created, int updated, List<Line> problems) implements Serializable {

    /** One problem. */
    public record Line(int line, String column, String message) implements Serializable {
        @JsonbTransient
        public int getLine() {
            return line;
        }

        @JsonbTransient
        public String getColumn() {
            return column;
        }

        @JsonbTransient
        public String getMessage() {
            return message;
        }
    }

    public static ImportReport of(ImportOutcome outcome, Locale locale) {
        return new ImportReport(outcome.applied(), outcome.created(), outcome.updated(), outcome.problems().stream()
                .map(p -> line(p, locale)).toList());
    }

    /** A report of a file refused before it was read (too large…). */
    public static ImportReport refused(Locale locale, String key, Object... arguments) {
        return new ImportReport(false, 0, 0, List.of(new Line(0, null, Texts.get(locale, key, arguments))));
    }

    private static Line line(ImportProblem p, Locale locale) {
        return new Line(p.line(), p.column(), Texts.get(locale, p.messageKey(), p.arguments()));
    }

    @JsonbTransient
    public boolean isApplied() {
        return applied;
    }

    @JsonbTransient
    public int getCreated() {
        return created;
    }

    @JsonbTransient
    public int getUpdated() {
        return updated;
    }

    @JsonbTransient
    public List<Line> getProblems() {
        return problems;
    }
}
