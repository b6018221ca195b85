package ru.portal500.contests.judging;

import ru.portal500.contests.judging.TieBreakStep.Kind;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.Criterion;
import ru.portal500.shared.i18n.Texts.Phrase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tie-break chain of a contest: the ordered steps that rank a nomination's entries. The first step is always the
 * {@link Kind#TOTAL total}; the following ones decide between entries equal on every earlier step (a named criterion
 * of the checklist, the jury's agreement…); the chain ends in a step that cannot tie — the earlier submission, and
 * after it the entry's id, which {@link #of} appends when the organiser did not write it — so the ranking is the same
 * whoever computes it and whenever.
 *
 * <p>A chain is checked against the checklist of the nomination it ranks ({@link #of}, {@link #requireFits}): a step
 * naming a criterion the checklist does not have is refused with the criterion's code in the message. A chain is
 * fixed once judging opens ({@link #requireChangeable}): the contest aggregate calls that rule before it takes a new
 * chain.
 *
 * <p>Stored as text, the steps' codes separated by commas: {@code TOTAL, CRITERION:K3, EARLIER_SUBMISSION, ENTRY_ID}
 * ({@link #text()}, {@link #parse}).
 */
public record TieBreakChain(List<TieBreakStep> steps) {

    public TieBreakChain {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.get(steps.size() - 1).kind() != Kind.ENTRY_ID) {
            throw new IllegalArgumentException("a chain ends with ENTRY_ID; build it with TieBreakChain.of");
        }
    }

    /** Total, then the earlier submission, then the entry's id: the chain of a contest that names none. */
    public static TieBreakChain standard() {
        return new TieBreakChain(List.of(TieBreakStep.total(), TieBreakStep.earlierSubmission(),
                TieBreakStep.entryId()));
    }

    /**
     * The chain the organiser wrote, checked against the nomination's checklist; {@link Kind#ENTRY_ID} is appended
     * after a final {@link Kind#EARLIER_SUBMISSION} (two entries may be submitted at the same instant).
     *
     * @throws JudgingRuleException {@code contests.tieBreak.empty} for no step; {@code .totalFirst} when the first
     *         step is not the total; {@code .unknownCriterion} (the code, the checklist's title) for a criterion the
     *         checklist does not have; {@code .criterionNotScored} for a comment-only criterion; {@code .repeated}
     *         for a step written twice; {@code .stepAfterLast} for a step after one that cannot tie;
     *         {@code .mustEndDecisive} when the chain does not end with the earlier submission or the entry's id
     */
    public static TieBreakChain of(List<TieBreakStep> written, Checklist checklist) {
        Objects.requireNonNull(checklist, "checklist");
        if (written.isEmpty()) {
            throw new JudgingRuleException("contests.tieBreak.empty");
        }
        if (written.get(0).kind() != Kind.TOTAL) {
            throw new JudgingRuleException("contests.tieBreak.totalFirst", phrase(written.get(0)));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            TieBreakStep step = written.get(i);
            if (step.kind() == Kind.CRITERION) {
                requireCriterion(step.criterionCode(), checklist);
            }
            if (!seen.add(step.code())) {
                throw new JudgingRuleException("contests.tieBreak.repeated", phrase(step));
            }
            if (i > 0) {
                Kind before = written.get(i - 1).kind();
                boolean afterLast = before == Kind.ENTRY_ID
                        || before == Kind.EARLIER_SUBMISSION && step.kind() != Kind.ENTRY_ID;
                if (afterLast) {
                    throw new JudgingRuleException("contests.tieBreak.stepAfterLast", phrase(step),
                            phrase(written.get(i - 1)));
                }
            }
        }
        Kind last = written.get(written.size() - 1).kind();
        if (last != Kind.EARLIER_SUBMISSION && last != Kind.ENTRY_ID) {
            throw new JudgingRuleException("contests.tieBreak.mustEndDecisive");
        }
        List<TieBreakStep> steps = new ArrayList<>(written);
        if (last != Kind.ENTRY_ID) {
            steps.add(TieBreakStep.entryId());
        }
        return new TieBreakChain(steps);
    }

    /**
     * A stored or typed chain: step codes separated by commas, semicolons or spaces, kinds in any case
     * ({@code total, criterion:K3, earlier_submission}), checked as {@link #of} does.
     *
     * @throws JudgingRuleException {@code contests.tieBreak.unknownStep} for a word that is no step, or any rule of
     *         {@link #of}
     */
    public static TieBreakChain parse(String text, Checklist checklist) {
        List<TieBreakStep> steps = new ArrayList<>();
        String stripped = text == null ? "" : text.strip();
        for (String word : stripped.isEmpty() ? new String[0] : stripped.split("[,;\\s]+")) {
            steps.add(parseStep(word));
        }
        return of(steps, checklist);
    }

    private static TieBreakStep parseStep(String word) {
        int separator = word.indexOf(TieBreakStep.SEPARATOR);
        String kindName = (separator < 0 ? word : word.substring(0, separator)).toUpperCase(Locale.ROOT);
        String code = separator < 0 ? "" : word.substring(separator + 1).strip();
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(kindName) && (kind == Kind.CRITERION) == (separator >= 0)
                    && (kind != Kind.CRITERION || !code.isEmpty())) {
                return new TieBreakStep(kind, code);
            }
        }
        throw new JudgingRuleException("contests.tieBreak.unknownStep", word);
    }

    /** The stored form: the steps' codes separated by {@code ", "}. */
    public String text() {
        return steps.stream().map(TieBreakStep::code).collect(Collectors.joining(", "));
    }

    /**
     * This chain may rank entries scored against {@code checklist}: every criterion it names is one of the
     * checklist's scored criteria (the organiser may attach another checklist to a nomination after writing the
     * chain).
     *
     * @throws JudgingRuleException {@code contests.tieBreak.unknownCriterion} or {@code .criterionNotScored}
     */
    public void requireFits(Checklist checklist) {
        steps.stream().filter(s -> s.kind() == Kind.CRITERION)
                .forEach(s -> requireCriterion(s.criterionCode(), checklist));
    }

    /**
     * The rule the contest aggregate calls before it replaces its chain: once judging has opened, the chain is
     * fixed (jurors score knowing it, and a changed chain would change places already computed).
     *
     * @param judgingOpened whether the contest's judging stage has opened (by its date or by the organiser)
     * @throws JudgingRuleException {@code contests.tieBreak.fixed} when it has
     */
    public static void requireChangeable(boolean judgingOpened) {
        if (judgingOpened) {
            throw new JudgingRuleException("contests.tieBreak.fixed");
        }
    }

    /**
     * The same rule by the calendar: judging opens at {@code judgingOpens} (inclusive, the server's clock); a
     * contest with no judging date yet may change its chain.
     */
    public static void requireChangeable(Instant judgingOpens, Instant now) {
        requireChangeable(judgingOpens != null && !now.isBefore(judgingOpens));
    }

    private static void requireCriterion(String code, Checklist checklist) {
        Criterion criterion = checklist.criterion(code)
                .orElseThrow(() -> new JudgingRuleException("contests.tieBreak.unknownCriterion", code,
                        checklist.title()));
        if (!criterion.isScored()) {
            throw new JudgingRuleException("contests.tieBreak.criterionNotScored", code);
        }
    }

    /** A step named in a message, in the reader's language. */
    static Phrase phrase(TieBreakStep step) {
        return new Phrase(step.messageKey(), step.criterionCode());
    }
}
