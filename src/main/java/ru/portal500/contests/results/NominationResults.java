package ru.portal500.contests.results;

import ru.portal500.contests.judging.JudgingSettings;
import ru.portal500.contests.judging.NominationRanking;
import ru.portal500.contests.judging.TieBreakChain;
import ru.portal500.expertise.checklist.Checklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One nomination's results: its title, checklist and judging settings, its entries and their ranking by the
 * contest's tie-break chain ({@link NominationRanking}).
 */
public record NominationResults(String title, Checklist checklist, JudgingSettings settings,
                                List<ResultsEntry> entries, NominationRanking ranking) {

    public NominationResults {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ranking, "ranking");
        entries = List.copyOf(entries);
        Map<Long, ResultsEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        ranking.ranked().forEach(r -> {
            if (!byId.containsKey(r.entryId())) {
                throw new IllegalArgumentException("entry " + r.entryId() + " is ranked but not given");
            }
        });
    }

    /** Ranks the entries by the chain ({@link NominationRanking#rank}) and keeps both. */
    public static NominationResults rank(String title, Checklist checklist, TieBreakChain chain,
                                         JudgingSettings settings, List<ResultsEntry> entries) {
        NominationRanking ranking = NominationRanking.rank(checklist, chain, settings,
                entries.stream().map(ResultsEntry::scores).toList());
        return new NominationResults(title, checklist, settings, entries, ranking);
    }

    public Optional<ResultsEntry> entry(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    /** The entry's place, or 0 when it is not ranked. */
    public int placeOf(long id) {
        return ranking.entry(id).map(NominationRanking.RankedEntry::place).orElse(0);
    }

    /**
     * The entries in the order the documents list them: the ranked ones by place, then those not ranked by id, then
     * any others in the order given.
     */
    public List<ResultsEntry> inProtocolOrder() {
        Map<Long, ResultsEntry> byId = new java.util.LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<ResultsEntry> ordered = new java.util.ArrayList<>();
        ranking.ranked().forEach(r -> ordered.add(byId.remove(r.entryId())));
        ranking.unranked().forEach(u -> Optional.ofNullable(byId.remove(u.entryId())).ifPresent(ordered::add));
        ordered.addAll(byId.values());
        return ordered;
    }
}
