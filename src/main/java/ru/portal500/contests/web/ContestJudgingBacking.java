package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.application.Judging;
import ru.portal500.contests.application.JudgingBoard;
import ru.portal500.contests.application.Jury;
import ru.portal500.contests.application.NominationClosures;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.judging.NominationRanking;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Page {@code /app/contest-judging.xhtml?id=3}: the organiser's judging of a contest — open it, seat each
 * nomination's jury, assign the reviews automatically or by hand, override a conflict with a reason, record a
 * moderated decision, and watch each entry's scores, disagreement and place. The forms of each nomination are kept
 * apart, keyed by the nomination.
 */
@Named
@ViewScoped
public class ContestJudgingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contests contests;

    @Inject
    JudgingBoard board;

    @Inject
    Judging judging;

    @Inject
    Jury jury;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.contests.application.ContestResultsService results;

    @Inject
    ru.portal500.shared.web.LanguageBacking language;

    private String id;
    private long contestId;
    private transient Contest contest;
    private transient List<JudgingBoard.NominationBoard> boards;
    private boolean byDisagreement;
    private final Map<Long, String> newJuror = new HashMap<>();
    private final Map<Long, String> newCap = new HashMap<>();
    private final Map<Long, String> entryChoice = new HashMap<>();
    private final Map<Long, String> jurorChoice = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();
    private final Map<Long, String> total = new HashMap<>();
    private final Map<Long, String> closeInto = new HashMap<>();
    private final Map<Long, String> closeReason = new HashMap<>();

    public void load() {
        try {
            contestId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
    }

    private void reload() {
        contest = contests.contest(contestId);
        boards = board.board(contestId, byDisagreement);
        inBank = null;
        winnersOutsideBank = null;
    }

    private transient java.util.Map<Long, Long> inBank;

    /** The entries in the bank already (entry id → practice id), once results are published; none before. */
    public java.util.Map<Long, Long> getInBank() {
        if (inBank == null) {
            inBank = getContest().getState() == ru.portal500.contests.domain.ContestState.RESULTS_PUBLISHED
                    ? bank.inBank(contestId) : java.util.Map.of();
        }
        return inBank;
    }

    @Inject
    ru.portal500.contests.application.IntoTheBank bank;

    public void winnersIntoBank() {
        messages.runReporting(() -> {
            bank.winners(contestId);
            return new Object[] {bank.inBank(contestId).size()};
        }, "contests.bank.done");
        reload();
    }

    /** Whether a winner or prize-winner is not in the bank yet (the one action is then still to take). */
    public boolean isWinnersOutsideBank() {
        if (winnersOutsideBank == null) {
            winnersOutsideBank = getContest().getState() == ru.portal500.contests.domain.ContestState.RESULTS_PUBLISHED
                    && bank.winnersOutsideBank(contestId);
        }
        return winnersOutsideBank;
    }

    private Boolean winnersOutsideBank;

    public void intoBank(long entryId) {
        messages.runReporting(() -> new Object[] {bank.entry(contestId, entryId).getId()}, "contests.bank.entryDone");
        reload();
    }

    public void confirm() {
        act(() -> results.confirm(contestId), "contests.results.confirmedNotice");
    }

    public org.primefaces.model.StreamedContent getDiplomas() {
        return download(() -> results.diplomas(contestId), "application/pdf", "diplomas-" + contestId + ".pdf");
    }

    public org.primefaces.model.StreamedContent getCertificates() {
        return download(() -> results.certificates(contestId), "application/pdf",
                "certificates-" + contestId + ".pdf");
    }

    public org.primefaces.model.StreamedContent getWorkbook() {
        return download(() -> results.workbook(contestId),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "reviews-" + contestId + ".xlsx");
    }

    private static org.primefaces.model.StreamedContent download(java.util.function.Supplier<byte[]> body, String type,
                                                                 String name) {
        return org.primefaces.model.DefaultStreamedContent.builder().name(name).contentType(type)
                .stream(() -> new java.io.ByteArrayInputStream(body.get())).build();
    }

    public void open() {
        act(() -> judging.open(contestId), "contests.judging.opened");
    }

    public void seat(long nominationId) {
        if (act(() -> jury.seat(contestId, nominationId, newJuror.get(nominationId), cap(newCap.get(nominationId))),
                "contests.jury.seated")) {
            newJuror.remove(nominationId);
            newCap.remove(nominationId);
        }
    }

    public void unseat(long seatId) {
        act(() -> jury.unseat(contestId, seatId), "contests.jury.unseated");
    }

    public void assign(long nominationId) {
        messages.runReporting(() -> new Object[] {judging.assign(contestId, nominationId).size()},
                "contests.assignment.done");
        reload();
    }

    public void assignByHand(long nominationId) {
        act(() -> judging.assignByHand(contestId, chosenEntry(nominationId), jurorChoice.get(nominationId)),
                "contests.assignment.manual.done");
    }

    public void withdraw(long reviewId) {
        act(() -> judging.withdraw(contestId, reviewId), "contests.review.withdrawn");
    }

    public void override(long nominationId) {
        if (act(() -> judging.overrideConflict(contestId, chosenEntry(nominationId), jurorChoice.get(nominationId),
                reason.get(nominationId)), "contests.conflict.override.done")) {
            reason.remove(nominationId);
        }
    }

    public void moderate(long nominationId) {
        if (act(() -> judging.moderate(contestId, chosenEntry(nominationId), points(total.get(nominationId)),
                reason.get(nominationId)), "contests.moderation.done")) {
            reason.remove(nominationId);
            total.remove(nominationId);
        }
    }

    /** Re-sorts the entries (by place, or by disagreement). */
    public void resort() {
        boards = board.board(contestId, byDisagreement);
    }

    private long chosenEntry(long nominationId) {
        String chosen = entryChoice.get(nominationId);
        if (chosen == null || chosen.isBlank()) {
            throw new ContestRuleException("contests.judging.error.chooseEntry");
        }
        return Long.parseLong(chosen.strip());
    }

    /** A cap as typed: none when blank, a whole number otherwise. */
    private static Integer cap(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new ContestRuleException("contests.jury.error.cap", ru.portal500.contests.domain.JurySeat.MAX_CAP);
        }
    }

    /** A total as typed, with a decimal comma or point. */
    private static BigDecimal points(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.').replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new ContestRuleException("contests.moderation.totalNotNumber", typed.strip());
        }
    }

    private boolean act(Runnable action, String successKey) {
        boolean done = messages.run(action, successKey);
        reload();
        return done;
    }

    /** A juror's conflicts with an entry in words: «своя школа; пара школ». */
    public String conflictText(java.util.Set<ru.portal500.contests.judging.ConflictReason> reasons) {
        return reasons.stream().map(r -> ru.portal500.shared.i18n.Texts.get(language.getLocale(), r.messageKey()))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public Contest getContest() {
        if (contest == null) {
            reload();
        }
        return contest;
    }

    public List<JudgingBoard.NominationBoard> getBoards() {
        if (boards == null) {
            reload();
        }
        return boards;
    }

    public long getUndecided() {
        return board.undecided(contestId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isByDisagreement() {
        return byDisagreement;
    }

    public void setByDisagreement(boolean byDisagreement) {
        this.byDisagreement = byDisagreement;
    }

    @Inject
    NominationClosures closures;

    /** Merges the at-risk nomination into the one chosen, or cancels it (the choice "0"), with the reason given. */
    public void closeNomination(long nominationId) {
        String chosen = closeInto.get(nominationId);
        if (chosen == null || chosen.isBlank()) {
            messages.error("contests.quota.error.noChoice");
            return;
        }
        Long into = "0".equals(chosen) ? null : Long.valueOf(chosen);
        if (act(() -> closures.close(contestId, nominationId, into, closeReason.get(nominationId),
                contest.getVersion()), into == null ? "contests.quota.done.CANCELLED" : "contests.quota.done.MERGED")) {
            closeInto.remove(nominationId);
            closeReason.remove(nominationId);
        }
    }

    /** The nominations an at-risk one may be merged into: the other open ones. */
    public List<Nomination> mergeTargets(long nominationId) {
        return contest.getOpenNominations().stream().filter(n -> n.getId() != nominationId).toList();
    }

    public List<Nomination> getClosedNominations() {
        return contest.getNominations().stream().filter(n -> !n.isOpen()).toList();
    }

    /** What became of a closed nomination, in the reader's language. */
    public String closedText(Nomination closed) {
        Texts.Phrase said = NominationClosures.said(closed);
        return Texts.get(language.getLocale(), said.key(), said.arguments());
    }

    @Inject
    ru.portal500.shared.web.Formats formats;

    /** A tie the chain broke, in the reader's words: the two places, the entries, the step and what it compared. */
    public String tieBreakText(NominationRanking.TieBreakApplied applied) {
        return Texts.get(language.getLocale(), "contests.judging.tieBreak", applied.upperPlace(),
                applied.upperPlace() + 1, String.valueOf(applied.upperEntryId()), String.valueOf(applied.lowerEntryId()),
                applied.stepNumber(),
                Texts.get(language.getLocale(), applied.step().messageKey(), applied.step().criterionCode()),
                figure(applied.upperFigure()), figure(applied.lowerFigure()));
    }

    private String figure(Comparable<?> figure) {
        if (figure instanceof BigDecimal decimal) {
            return formats.number(decimal);
        }
        if (figure instanceof java.time.Instant instant) {
            return formats.timeToSecond(instant);
        }
        return figure instanceof Long id ? "\u2116\u00a0" + id : String.valueOf(figure);
    }

    public Map<Long, String> getCloseInto() {
        return closeInto;
    }

    public Map<Long, String> getCloseReason() {
        return closeReason;
    }

    public Map<Long, String> getNewJuror() {
        return newJuror;
    }

    public Map<Long, String> getNewCap() {
        return newCap;
    }

    public Map<Long, String> getEntryChoice() {
        return entryChoice;
    }

    public Map<Long, String> getJurorChoice() {
        return jurorChoice;
    }

    public Map<Long, String> getReason() {
        return reason;
    }

    public Map<Long, String> getTotal() {
        return total;
    }
}
