package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.expertise.checklist.ChecklistJsonReader;

import java.util.Objects;

/**
 * The one place a contest's tie-break chain is checked before it is kept: when the settings change, when a
 * nomination gets another checklist and when the call is published. The form of the chain (known steps, none twice)
 * is checked where it is made ({@link TieBreakSteps}); here the judging rules ({@link TieBreakChain}) check it against
 * the checklist of every nomination that has one: the total first, a last step that cannot tie, and every
 * {@code CRITERION:…} a scored criterion of that checklist. A nomination without a checklist yet is checked when it
 * gets one.
 */
@ApplicationScoped
public class TieBreakValidation {

    /**
     * Refuses a chain some nomination of the contest cannot rank with.
     *
     * @throws ru.portal500.contests.judging.JudgingRuleException the rule broken, with the criterion's code and the
     *         checklist's title where a criterion is not in it
     */
    public void check(Contest contest, TieBreakSteps chain) {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(chain, "chain");
        for (Nomination nomination : contest.getOpenNominations()) {
            if (nomination.getChecklist() != null) {
                TieBreakChain.parse(chain.stored(),
                        new ChecklistJsonReader().read(nomination.getChecklist().getBody()).validChecklist());
            }
        }
    }
}
