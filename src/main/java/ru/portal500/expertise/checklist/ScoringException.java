package ru.portal500.expertise.checklist;

import ru.portal500.shared.domain.InvalidRequestException;

import java.util.List;

/**
 * Marks, a sheet or a set of sheets the scoring rules refuse (a 400): the first problem is the message, all are in
 * {@link #problems()}. Nothing was changed.
 */
public class ScoringException extends InvalidRequestException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScoreProblem> problems;

    public ScoringException(List<ScoreProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<ScoreProblem> problems() {
        return problems;
    }
}
