package ru.portal500.contests.judging;

import ru.portal500.shared.i18n.Texts.Phrase;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A juror's conflicts of interest with an entry, computed from the portal's structure rather than declared alone:
 * the juror's own school (their person record's home organisation), the schools of their pair, the schools they
 * curate, mentor or tutor, authorship and co-authorship, and what they declared. The same answer serves the
 * assignment (a conflicted juror is never a candidate) and what a juror may open (a conflicted juror gets a 403/404),
 * so both ask here.
 */
public final class EntryConflicts {

    private EntryConflicts() {
    }

    /** Every conflict of the juror with the entry, in the order of {@link ConflictReason}; empty when none. */
    public static Set<ConflictReason> reasons(JurorTies juror, EntryParties entry) {
        EnumSet<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
        if (entry.authors().contains(juror.juror()) || juror.authoredEntries().contains(entry.entryId())) {
            reasons.add(ConflictReason.AUTHOR);
        }
        Long school = entry.school();
        if (school != null) {
            if (school.equals(juror.homeSchool())) {
                reasons.add(ConflictReason.OWN_SCHOOL);
            }
            if (juror.pairSchools().contains(school)) {
                reasons.add(ConflictReason.PAIRED_SCHOOL);
            }
            if (juror.helpedSchools().contains(school)) {
                reasons.add(ConflictReason.HELPED_SCHOOL);
            }
        }
        if (!Collections.disjoint(juror.coAuthors(), entry.authors())) {
            reasons.add(ConflictReason.CO_AUTHOR);
        }
        if (juror.declaredEntries().contains(entry.entryId())) {
            reasons.add(ConflictReason.DECLARED);
        }
        return Collections.unmodifiableSet(reasons);
    }

    /**
     * Whether the juror may judge (be assigned, open, score) the entry: no conflict, or an override of this juror
     * on this entry covering every conflict there is.
     *
     * @param override the organiser's override for this juror and entry; null when none
     */
    public static boolean mayJudge(JurorTies juror, EntryParties entry, ConflictOverride override) {
        Set<ConflictReason> reasons = reasons(juror, entry);
        return reasons.isEmpty() || override != null && override.entryId() == entry.entryId()
                && override.juror().equals(juror.juror()) && override.covers(reasons);
    }

    /**
     * The rule a juror's scoring or opening of an entry calls.
     *
     * @throws JudgingRuleException {@code contests.conflict.refused} naming the first conflict not overridden
     */
    public static void requireMayJudge(JurorTies juror, EntryParties entry, ConflictOverride override) {
        if (!mayJudge(juror, entry, override)) {
            Set<ConflictReason> reasons = reasons(juror, entry);
            ConflictReason first = reasons.stream()
                    .filter(r -> override == null || !override.overridden().contains(r)).findFirst()
                    .orElse(reasons.iterator().next());
            throw new JudgingRuleException("contests.conflict.refused", new Phrase(first.messageKey()));
        }
    }
}
