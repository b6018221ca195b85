package ru.portal500.expertise.checklist;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a checklist's JSON: the checklist when the text had its structure (even if the template
 * breaks a rule, so an editor can still open a draft), and every problem found.
 */
public record ChecklistImport(Optional<Checklist> checklist, List<ChecklistProblem> problems) {

    public ChecklistImport {
        problems = List.copyOf(problems);
    }

    /** Read, and no problem: experts may score with it. */
    public boolean isValid() {
        return checklist.isPresent() && problems.isEmpty();
    }

    /** The checklist, or an {@link InvalidChecklistException} carrying every problem. */
    public Checklist validChecklist() {
        if (!isValid()) {
            throw new InvalidChecklistException(problems);
        }
        return checklist.orElseThrow();
    }
}
