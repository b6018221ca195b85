package ru.portal500.registry.application;

import ru.portal500.shared.imports.ImportProblem;

import java.util.List;

/**
 * What an import did: nothing and every problem found, or how many records it created and updated.
 * An import with a single problem applies nothing.
 */
public record ImportOutcome(int created, int updated, List<ImportProblem> problems, boolean applied) {

    public static ImportOutcome refused(List<ImportProblem> problems) {
        return new ImportOutcome(0, 0, List.copyOf(problems), false);
    }

    public static ImportOutcome checked(int created, int updated) {
        return new ImportOutcome(created, updated, List.of(), false);
    }

    public static ImportOutcome done(int created, int updated) {
        return new ImportOutcome(created, updated, List.of(), true);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
