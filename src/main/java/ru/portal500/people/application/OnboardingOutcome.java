package ru.portal500.people.application;

import ru.portal500.shared.imports.ImportProblem;

import java.util.List;

/**
 * What an onboarding did or would do: every problem (and then nothing applied), or the people it invites (new
 * accounts) and those it only grants a role to (existing accounts), line by line.
 */
public record OnboardingOutcome(List<ImportProblem> problems, List<Line> lines, boolean applied) {

    /** One person of the file: who, which role where, and whether their account is new. */
    public record Line(int line, String fullName, String email, String role, String place, boolean invited)
            implements java.io.Serializable {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public long invited() {
        return lines.stream().filter(Line::invited).count();
    }

    public long granted() {
        return lines.size() - invited();
    }
}
