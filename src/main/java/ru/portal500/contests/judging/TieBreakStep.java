package ru.portal500.contests.judging;

import java.util.Objects;

/**
 * One step of a tie-break chain: what decides between two entries when every earlier step left them equal.
 * {@link Kind#CRITERION} names a criterion of the nomination's checklist by its code; the other kinds name none.
 * Its text form ({@link #code()}: {@code TOTAL}, {@code CRITERION:K3}, {@code AGREEMENT}, {@code EARLIER_SUBMISSION},
 * {@code ENTRY_ID}) is how a chain is stored.
 */
public record TieBreakStep(Kind kind, String criterionCode) {

    /** What a step compares. */
    public enum Kind {
        /** The higher score first: the moderated total, or else the mean total (raw, or normalised if chosen). */
        TOTAL,
        /** The higher mean mark on one criterion of the checklist first. */
        CRITERION,
        /** The jury that agreed more first: the smaller range (highest − lowest) of the reviews' totals. */
        AGREEMENT,
        /** The entry submitted earlier first (the server's instant of the final submission). */
        EARLIER_SUBMISSION,
        /** The entry registered first (the smaller id): never ties, so it closes every chain. */
        ENTRY_ID;

        /** Two different entries are never equal on this step. */
        public boolean isDecisive() {
            return this == ENTRY_ID;
        }
    }

    static final String SEPARATOR = ":";

    public TieBreakStep {
        Objects.requireNonNull(kind, "kind");
        criterionCode = criterionCode == null ? "" : criterionCode.strip();
        if (kind == Kind.CRITERION == criterionCode.isEmpty()) {
            throw new IllegalArgumentException(kind == Kind.CRITERION ? "a criterion step names a criterion"
                    : kind + " names no criterion");
        }
    }

    public static TieBreakStep total() {
        return new TieBreakStep(Kind.TOTAL, null);
    }

    public static TieBreakStep criterion(String code) {
        return new TieBreakStep(Kind.CRITERION, code);
    }

    public static TieBreakStep agreement() {
        return new TieBreakStep(Kind.AGREEMENT, null);
    }

    public static TieBreakStep earlierSubmission() {
        return new TieBreakStep(Kind.EARLIER_SUBMISSION, null);
    }

    public static TieBreakStep entryId() {
        return new TieBreakStep(Kind.ENTRY_ID, null);
    }

    /** The stored form: the kind, and for a criterion step {@code CRITERION:<code>}. */
    public String code() {
        return kind == Kind.CRITERION ? kind.name() + SEPARATOR + criterionCode : kind.name();
    }

    /** The message key of the step's name ({@code contests.tieBreak.step.<KIND>}, a criterion's with its code). */
    public String messageKey() {
        return "contests.tieBreak.step." + kind.name();
    }
}
