package ru.portal500.expertise.checklist;

import ru.portal500.shared.domain.InvalidRequestException;

import java.util.List;

/** A checklist that cannot be used as it is; the first problem is the message, all are in {@link #problems()}. */
public class InvalidChecklistException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final transient List<ChecklistProblem> problems;

    public InvalidChecklistException(List<ChecklistProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<ChecklistProblem> problems() {
        return problems;
    }
}
