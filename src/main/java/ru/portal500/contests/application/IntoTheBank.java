package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestAward;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.contests.domain.EntryAuthor;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.results.Award;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.ContestOrigin;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.practices.domain.Practice;
import ru.portal500.practices.domain.PracticeFile;
import ru.portal500.practices.domain.PracticeSource;
import ru.portal500.tenancy.application.Territories;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A finished contest's entries into the practice bank, by its organiser in one action: the winners and prize-winners
 * at once, or any other admitted entry the organiser picks. Each practice keeps the case's text, files, risk factors,
 * level and subject, the authors who consented to publication, and where it came from (the contest, its year, the
 * nomination, the place and award); it is searchable as soon as it is written and has its public page. An entry goes
 * in once.
 */
@ApplicationScoped
public class IntoTheBank {

    private static final int MAX_AUTHOR = 255;

    @Inject
    ContestAccess access;

    @Inject
    ContestRepository contests;

    @Inject
    PracticeBank bank;

    @Inject
    Territories territories;

    /** The winners and prize-winners of every nomination into the bank; the practices they became. */
    @Transactional
    public List<Practice> winners(long contestId) {
        Contest contest = finished(contestId);
        List<Practice> practices = new ArrayList<>();
        for (ContestAward line : contests.awards(contest)) {
            if (Award.valueOf(line.getAward()) != Award.PARTICIPANT) {
                practices.add(publish(contest, line));
            }
        }
        return practices;
    }

    /** One admitted entry of the finished contest, picked by the organiser, into the bank. */
    @Transactional
    public Practice entry(long contestId, long entryId) {
        Contest contest = finished(contestId);
        ContestAward line = contests.awards(contest).stream().filter(a -> a.getEntry().getId() == entryId)
                .findFirst().orElseThrow(() -> new ContestRuleException("contests.review.error.noSuchEntry",
                        String.valueOf(entryId)));
        return publish(contest, line);
    }

    /** Whether a winner or prize-winner of the finished contest is not in the bank yet. */
    public boolean winnersOutsideBank(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        java.util.Map<Long, Long> inBank = bank.ofContest(contest.getId());
        return contests.awards(contest).stream().anyMatch(line -> Award.valueOf(line.getAward()) != Award.PARTICIPANT
                && !inBank.containsKey(line.getEntry().getId()));
    }

    /** Which of the contest's entries are in the bank already: entry id → the practice's id. */
    public java.util.Map<Long, Long> inBank(long contestId) {
        return bank.ofContest(access.contestToOrganise(contestId).getId());
    }

    private Contest finished(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        if (contest.getState() != ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.results.error.notPublished");
        }
        return contest;
    }

    private Practice publish(Contest contest, ContestAward line) {
        ContestEntry entry = line.getEntry();
        CaseForm form = entry.form();
        String summary = form.summary() == null || form.summary().isBlank() ? form.problem() : form.summary();
        if (summary == null || summary.isBlank()) {
            throw new ContestRuleException("contests.bank.error.noSummary", entry.getTitle());
        }
        String authors = entry.getAuthors().stream().filter(EntryAuthor::isConsented).map(EntryAuthor::getFullName)
                .collect(Collectors.joining(", "));
        Practice.Description description = new Practice.Description(entry.getTitle(), summary,
                form.level() == null ? EducationLevel.ALL : form.level(), form.subject(),
                authors.isEmpty() ? null : authors.length() > MAX_AUTHOR ? authors.substring(0, MAX_AUTHOR) : authors,
                PracticeSource.CONTEST_WINNER, Set.copyOf(form.riskFactors()));
        ContestOrigin origin = new ContestOrigin(contest.getId(), contest.getTitle(), contest.getSchoolYear(),
                entry.getNomination().getTitle(), entry.getId(), line.getPlace(), line.getAward());
        List<PracticeFile> files = entry.getFiles().stream().map(f -> new PracticeFile(f.getSha256(),
                f.getFileName(), f.getMediaType(), f.getSize())).toList();
        boolean already = bank.ofEntry(entry.getId()).isPresent();
        Practice practice = bank.fromContest(contest.getRegion(),
                territories.findSchool(entry.getSchoolId()).orElse(null), description, origin, files);
        if (!already) {
            contests.record(List.of(ContestChange.judged(entry, ContestChange.Kind.INTO_BANK, null,
                    String.valueOf(practice.getId()), null, access.stamp())));
        }
        return practice;
    }
}
