package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestAward;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.Regulations;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.judging.EntryDivergence;
import ru.portal500.contests.results.AwardDocuments;
import ru.portal500.contests.results.ContestProtocol;
import ru.portal500.contests.results.ContestResults;
import ru.portal500.contests.results.FrozenProtocol;
import ru.portal500.contests.results.NominationResults;
import ru.portal500.contests.results.ResultsEntry;
import ru.portal500.contests.results.ReviewsWorkbook;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.identity.application.ContestGrants;
import ru.portal500.notifications.application.Notifications;
import ru.portal500.notifications.application.Recipients;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.i18n.Texts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A contest's results: the organiser confirms them once judging is done (no divergent entry left without a
 * decision, no review still open before the jury's due date); the protocol is frozen as PDF, stored by its SHA-256
 * (shown on the public page so that any copy can be checked), the contest is finished, its per-contest roles lapse and
 * the entrants and authors are told. Afterwards the protocol is everyone's; diplomas, certificates of participation
 * and the workbook of every review are the organisers', rebuilt from the judging kept as it was.
 */
@ApplicationScoped
public class ContestResultsService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    ru.portal500.practices.application.PracticeBank bank;

    @Inject
    ContestAccess access;

    @Inject
    ContestRepository contests;

    @Inject
    JudgingStates states;

    @Inject
    DocumentStorage storage;

    @Inject
    ContestGrants grants;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    /** Confirms and publishes the results; refused, with every reason at once, while judging is not done. */
    @Transactional
    public Contest confirm(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        contest.requireJudging();
        JudgingState state = states.of(contest);
        requireDone(state, access.today(contest));
        ChangeStamp stamp = access.stamp();
        LocalDate today = access.today(contest);
        ContestResults results = ResultsAssembly.of(state, today, stamp.name());
        FrozenProtocol protocol = new ContestProtocol(Texts.bundle(Texts.RUSSIAN)).render(results);
        StoredFile stored;
        try {
            stored = storage.store(new ByteArrayInputStream(protocol.pdf()));
        } catch (IOException e) {
            throw new UncheckedIOException("The protocol could not be stored", e);
        }
        contest.publishResults(stored.sha256(), stored.size(), stamp);
        contests.flush();
        contests.add(awards(state, results));
        contests.record(List.of(ContestChange.resultsPublished(contest, stamp)));
        Set<String> told = new HashSet<>();
        for (ContestEntry entry : state.entries()) {
            if (entry.getState() != EntryState.DRAFT) {
                told.add(entry.getEntrant());
                entry.getAuthors().forEach(a -> told.add(a.getUsername()));
            }
        }
        notifications.notify(recipients.named(told), "contests.notice.results", List.of(contest.getTitle(),
                protocol.sha256()), "/contest.xhtml?id=" + contest.getId());
        // Last: Keycloak is outside the transaction, so nothing after it may fail and roll the results back.
        grants.lapse(contest.getId(), contest.getRegion().getCode());
        return contest;
    }

    /** The public lines of the results: every admitted entry with its place, award and score, by nomination. */
    private static List<ContestAward> awards(JudgingState state, ContestResults results) {
        List<ContestAward> lines = new ArrayList<>();
        for (NominationResults nomination : results.nominations()) {
            List<ResultsEntry> ordered = nomination.inProtocolOrder();
            for (int i = 0; i < ordered.size(); i++) {
                ResultsEntry entry = ordered.get(i);
                int place = nomination.placeOf(entry.id());
                ContestEntry stored = state.entries().stream().filter(e -> e.getId() == entry.id()).findFirst()
                        .orElseThrow();
                lines.add(new ContestAward(stored, i + 1, place, results.awards().of(place).name(),
                        nomination.ranking().entry(entry.id()).map(r -> r.score()).orElse(null), entry.authors()));
            }
        }
        return lines;
    }

    /** A published contest's results as everyone reads them (none before they are published). */
    @Transactional
    public List<ContestAward> publicResults(long contestId) {
        return contests.published(contestId).filter(c -> c.getState() == ContestState.RESULTS_PUBLISHED)
                .map(contests::awards).orElse(List.of());
    }

    /**
     * The practices the published contest's entries became (entry id → practice id), for its public results to lead
     * to them; none before the results are published.
     */
    @Transactional
    public java.util.Map<Long, Long> publicPractices(long contestId) {
        return contests.published(contestId).filter(c -> c.getState() == ContestState.RESULTS_PUBLISHED)
                .map(c -> bank.ofContest(c.getId())).orElse(java.util.Map.of());
    }

    private static void requireDone(JudgingState state, LocalDate today) {
        List<Texts.Phrase> problems = new ArrayList<>();
        long open = state.reviews().stream().filter(r -> r.getState().isOpen()).count();
        LocalDate due = state.contest().stages().judging();
        if (open > 0 && due != null && !today.isAfter(due)) {
            problems.add(new Texts.Phrase("contests.results.incomplete.openReviews", open, DAY.format(due)));
        }
        List<String> divergent = new ArrayList<>();
        for (Nomination nomination : state.contest().getOpenNominations()) {
            if (nomination.getChecklist() == null) {
                continue;
            }
            Checklist checklist = JudgingState.checklist(nomination);
            for (ContestEntry entry : state.admittedIn(nomination)) {
                var scores = state.scoresOf(entry, checklist);
                if (!scores.submitted().isEmpty()) {
                    EntryDivergence divergence = EntryDivergence.of(scores, state.settings(checklist));
                    if (divergence.needsExtraJuror() || divergence.needsModeration()) {
                        divergent.add("\u2116\u00a0" + entry.getId());
                    }
                }
            }
        }
        if (!divergent.isEmpty()) {
            problems.add(new Texts.Phrase("contests.results.incomplete.divergent", String.join(", ", divergent)));
        }
        if (!problems.isEmpty()) {
            Texts.Phrase joined = problems.get(problems.size() - 1);
            for (int i = problems.size() - 2; i >= 0; i--) {
                joined = new Texts.Phrase("contests.incomplete.and", problems.get(i), joined);
            }
            throw new ContestRuleException("contests.results.error.notDone", joined);
        }
    }

    /** The frozen protocol of a contest whose results are published: everyone's, as its hash is public. */
    @Transactional
    public Regulations protocol(long contestId) {
        return contests.published(contestId).filter(c -> c.getState() == ContestState.RESULTS_PUBLISHED)
                .flatMap(Contest::protocol).orElseThrow(NoSuchResourceException::new);
    }

    public InputStream open(Regulations file) {
        try {
            return storage.open(file.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("The protocol could not be read", e);
        }
    }

    /** The diplomas of the winners and prize-winners, as one PDF, for the organisers. */
    @Transactional
    public byte[] diplomas(long contestId) {
        return new AwardDocuments(Texts.bundle(Texts.RUSSIAN)).diplomas(published(contestId));
    }

    /** The certificates of participation of every other entry, as one PDF, for the organisers. */
    @Transactional
    public byte[] certificates(long contestId) {
        return new AwardDocuments(Texts.bundle(Texts.RUSSIAN)).certificates(published(contestId));
    }

    /** Every review in full, as XLSX, for the organisers. */
    @Transactional
    public byte[] workbook(long contestId) {
        return new ReviewsWorkbook(Texts.bundle(Texts.RUSSIAN)).write(published(contestId),
                ReviewsWorkbook.Reader.ORGANISER);
    }

    /** The results as confirmed, rebuilt from the judging (which cannot change once they are published). */
    private ContestResults published(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        if (contest.getState() != ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.results.error.notPublished");
        }
        LocalDate on = LocalDate.ofInstant(contest.getResultsConfirmedAt(), contest.getRegion().getTimeZone());
        return ResultsAssembly.of(states.of(contest), on, contest.getResultsConfirmedName());
    }
}
