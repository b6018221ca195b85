package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The organiser's decision on a nomination with fewer entries than the contest's minimum, between the close of
 * entries and the opening of judging: merged into another nomination (its entries go on there as they stand) or
 * cancelled (its entries still in the contest are refused with the reason); on the contest's history, and each
 * entrant and author told.
 */
@ApplicationScoped
public class NominationClosures {

    @Inject
    ContestAccess access;

    @Inject
    ContestRepository contests;

    @Inject
    EntryRepository entries;

    @Inject
    EntrantNotices notices;

    /** How many of the nomination's entries count towards its minimum (submitted, returned or admitted). */
    public static int counted(List<ContestEntry> entries, Nomination nomination) {
        return (int) entries.stream().filter(e -> e.getNomination().equals(nomination) && e.counts()).count();
    }

    /** What became of a closed nomination, to put in the reader's words: merged into which, or cancelled, and why. */
    public static Texts.Phrase said(Nomination closed) {
        return closed.getMergedInto().map(into -> new Texts.Phrase("contests.quota.closed.MERGED", closed.getTitle(),
                        into.getTitle(), closed.getClosedReason()))
                .orElseGet(() -> new Texts.Phrase("contests.quota.closed.CANCELLED", closed.getTitle(),
                        closed.getClosedReason()));
    }

    /**
     * Merges the nomination into another ({@code intoId}) or cancels it ({@code intoId} null), as the organiser read
     * the contest at {@code readAtVersion} (409 when changed since).
     */
    @Transactional
    public Contest close(long contestId, long nominationId, Long intoId, String reason, long readAtVersion) {
        Contest contest = access.contestToOrganise(contestId, readAtVersion);
        Nomination nomination = nomination(contest, nominationId);
        Nomination into = intoId == null ? null : nomination(contest, intoId);
        List<ContestEntry> all = entries.entries(contest);
        List<ContestEntry> its = all.stream().filter(e -> e.getNomination().equals(nomination)).toList();
        ChangeStamp stamp = access.stamp();
        var decision = contest.closeNomination(nomination, into, counted(all, nomination), reason,
                access.today(contest), stamp);
        List<ContestChange> changes = new ArrayList<>();
        changes.add(ContestChange.nominationClosed(nomination, stamp));
        for (ContestEntry entry : its) {
            if (into != null) {
                entry.mergedInto(into);
                if (entry.counts()) {
                    notices.tell(entry, "notification.contestEntry.MERGED", List.of(nomination.getTitle(),
                            into.getTitle(), decision.reason()));
                }
            } else {
                EntryState before = entry.getState();
                if (entry.nominationCancelled(decision.reason(), stamp)) {
                    changes.add(ContestChange.entryState(entry, before, stamp));
                    notices.tell(entry, "notification.contestEntry.CANCELLED", List.of(nomination.getTitle(),
                            decision.reason()));
                }
            }
        }
        contests.flush();
        contests.record(changes);
        return contest;
    }

    private static Nomination nomination(Contest contest, long nominationId) {
        return contest.getNominations().stream().filter(n -> n.getId() == nominationId).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.error.nominationUnknown"));
    }
}
