package ru.portal500.contests.application;

import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryAuthor;
import ru.portal500.contests.domain.EntryReview;
import ru.portal500.contests.domain.JurySeat;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.ReviewState;
import ru.portal500.contests.judging.ConflictReason;
import ru.portal500.contests.judging.EntryConflicts;
import ru.portal500.contests.results.Abstention;
import ru.portal500.contests.results.Awards;
import ru.portal500.contests.results.Conflict;
import ru.portal500.contests.results.ContestResults;
import ru.portal500.contests.results.NominationResults;
import ru.portal500.contests.results.ResultsEntry;
import ru.portal500.contests.results.ResultsJuror;
import ru.portal500.contests.results.Review;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.shared.i18n.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contest's results as its documents read them, from its judging as stored: every nomination with a checklist, its
 * admitted entries (the school, the authors who consented to publication, every submitted sheet, the moderated
 * decision, the jurors who declared a conflict, the conflicts the portal found with the organiser's overrides) ranked
 * by the contest's tie-break chain, and the jury, each juror with a code for a blind contest's public copies.
 */
final class ResultsAssembly {

    private ResultsAssembly() {
    }

    static ContestResults of(JudgingState state, LocalDate confirmedOn, String confirmedBy) {
        Contest contest = state.contest();
        List<NominationResults> nominations = new ArrayList<>();
        for (Nomination nomination : contest.getOpenNominations()) {
            if (nomination.getChecklist() == null) {
                continue;
            }
            Checklist checklist = JudgingState.checklist(nomination);
            List<ResultsEntry> entries = state.admittedIn(nomination).stream()
                    .map(e -> entry(state, e, checklist)).toList();
            nominations.add(NominationResults.rank(nomination.getTitle(), checklist, state.chain(checklist),
                    state.settings(checklist), entries));
        }
        return new ContestResults(contest.getTitle(), contest.getRegion().getName(), contest.getSchoolYear(),
                confirmedOn, confirmedBy, contest.getRegion().getTimeZone(), contest.isBlind(), Awards.USUAL,
                jurors(state), nominations);
    }

    private static ResultsEntry entry(JudgingState state, ContestEntry entry, Checklist checklist) {
        List<EntryReview> reviews = state.reviewsOf(entry);
        List<Review> submitted = reviews.stream().filter(r -> r.getState() == ReviewState.SUBMITTED)
                .map(r -> new Review(JudgingState.sheet(r, checklist), r.getSubmittedAt())).toList();
        List<Abstention> abstentions = reviews.stream().filter(r -> r.getState() == ReviewState.DECLARED)
                .map(r -> new Abstention(r.getJuror(), r.getSavedAt(), r.getDeclaredReason())).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (JurySeat seat : state.seatsOf(entry.getNomination())) {
            Set<ConflictReason> reasons = EntryConflicts.reasons(state.ties().get(seat.getUsername()),
                    JuryTies.parties(entry));
            if (!reasons.isEmpty()) {
                conflicts.add(new Conflict(seat.getUsername(), reasons,
                        state.overrideOf(entry.getId(), seat.getUsername())));
            }
        }
        List<String> authors = entry.getAuthors().stream().filter(EntryAuthor::isConsented)
                .map(EntryAuthor::getFullName).toList();
        return new ResultsEntry(entry.getId(), entry.getTitle(), entry.getSchoolName(), authors,
                entry.getSubmittedAt().orElseThrow(), submitted, entry.moderation().orElse(null), abstentions,
                conflicts);
    }

    /** Everyone who sat on a jury or reviewed, by name, coded «Ж-1», «Ж-2»… (the protocol is Russian) in that order. */
    private static List<ResultsJuror> jurors(JudgingState state) {
        Map<String, String> names = new LinkedHashMap<>();
        state.seats().forEach(s -> names.putIfAbsent(s.getUsername(), s.getFullName()));
        state.reviews().forEach(r -> names.putIfAbsent(r.getJuror(), r.getJurorName()));
        List<Map.Entry<String, String>> sorted = new ArrayList<>(names.entrySet());
        sorted.sort(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<ResultsJuror> jurors = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            jurors.add(new ResultsJuror(sorted.get(i).getKey(), sorted.get(i).getValue(),
                    Texts.get(Texts.RUSSIAN, "contests.results.jurorCode", String.valueOf(i + 1))));
        }
        return jurors;
    }
}
