package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.application.EntryFiles;
import ru.portal500.contests.domain.Contest;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.web.LanguageBacking;

import java.io.Serializable;
import java.util.List;

/**
 * Page {@code /app/contest-entries.xhtml?id=3}: a contest's entries for its organiser — every one but drafts, by
 * nomination, with its state and the same files found elsewhere — each leading to its eligibility check.
 */
@Named
@ViewScoped
public class ContestEntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContestEntries entries;

    @Inject
    Contests contests;

    @Inject
    LanguageBacking language;

    private String id;
    private transient Contest contest;
    private transient List<EntryFiles.EntryToCheck> rows;

    public void load() {
        long contestId;
        try {
            contestId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        contest = contests.contest(contestId);
        rows = entries.toCheck(contestId);
    }

    /** What a row's files repeat, in the reader's language. */
    public List<String> sameFiles(EntryFiles.EntryToCheck row) {
        return row.sameFiles().stream().map(p -> Texts.get(language.getLocale(), p.key(), p.arguments())).toList();
    }

    /** How many entries wait for the check. */
    public long getWaiting() {
        return rows.stream().filter(r -> r.entry().getState() == ru.portal500.contests.domain.EntryState.SUBMITTED)
                .count();
    }

    public Contest getContest() {
        return contest;
    }

    public List<EntryFiles.EntryToCheck> getRows() {
        return rows;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
