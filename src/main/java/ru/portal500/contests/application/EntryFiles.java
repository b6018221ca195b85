package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.EntryFile;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.practices.application.PracticeBank;
import ru.portal500.practices.domain.Practice;
import ru.portal500.shared.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The same file entered twice, flagged to the organiser: a file of an entry whose content (its SHA-256) is also a
 * file of another entry of the region's contests (not a draft, not withdrawn) or of a practice in the bank.
 * Near-copies of the text are the similar-texts issue's; this finds the very same bytes.
 */
@ApplicationScoped
public class EntryFiles {

    @Inject
    EntryRepository entries;

    @Inject
    PracticeBank bank;

    /** An entry to check, with what its files repeat (each a sentence for the organiser). */
    public record EntryToCheck(ContestEntry entry, List<Texts.Phrase> sameFiles) {
    }

    public List<EntryToCheck> flagged(Contest contest, List<ContestEntry> toCheck) {
        Set<String> contents = toCheck.stream().flatMap(e -> e.getFiles().stream()).map(EntryFile::getSha256)
                .collect(Collectors.toSet());
        Map<String, List<ContestEntry>> inEntries = entries.holdingFiles(contest.getRegion().getCode(), contents);
        Map<String, List<Practice>> inBank = bank.holdingFiles(contents);
        List<EntryToCheck> rows = new ArrayList<>();
        for (ContestEntry entry : toCheck) {
            List<Texts.Phrase> same = new ArrayList<>();
            // A withdrawn entry is out of the contest: what it repeats, and what repeats it, no longer matters.
            for (EntryFile file : entry.getState() == ru.portal500.contests.domain.EntryState.WITHDRAWN ? List.<EntryFile>of()
                    : entry.getFiles()) {
                for (ContestEntry other : inEntries.getOrDefault(file.getSha256(), List.of())) {
                    if (!other.getId().equals(entry.getId())) {
                        same.add(new Texts.Phrase("contests.entry.sameFile.entry", file.getFileName(),
                                String.valueOf(other.getId()), other.getTitle(), other.getContest().getTitle()));
                    }
                }
                for (Practice practice : inBank.getOrDefault(file.getSha256(), List.of())) {
                    same.add(new Texts.Phrase("contests.entry.sameFile.practice", file.getFileName(),
                            practice.getTitle()));
                }
            }
            rows.add(new EntryToCheck(entry, same.stream().distinct().toList()));
        }
        return rows;
    }
}
