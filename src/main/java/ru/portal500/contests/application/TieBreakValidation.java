package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.TieBreakSteps;

/**
 * The one place a contest's tie-break chain is checked before it is kept: when the settings change and when the
 * call is published. The form of the chain (known steps, none twice) is checked where it is made
 * ({@link TieBreakSteps}); the judging rules' check that each {@code CRITERION:…} step names a criterion of the
 * nominations' checklists is to be called from here.
 */
@ApplicationScoped
public class TieBreakValidation {

    /** Refuses a chain the contest cannot rank with (a keyed rule exception); nothing more is checked yet. */
    public void check(Contest contest, TieBreakSteps chain) {
        if (contest == null || chain == null) {
            throw new IllegalArgumentException("A contest and a chain are required");
        }
    }
}
