package ru.portal500.contests.results;

import java.util.Objects;

/**
 * A member of the contest's jury as the documents name them: the id their score sheets carry
 * ({@code ScoreSheet.assessor()}), their full name, and their code (Ж-07) — what entrants see of a juror when judging
 * is blind.
 */
public record ResultsJuror(String id, String name, String code) {

    public ResultsJuror {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name.strip();
        code = code == null ? "" : code.strip();
    }
}
