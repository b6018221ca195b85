package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.ContestEntries;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.Entrant;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.shared.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Page {@code /app/entries.xhtml}: a school's team's or a teacher's entries to contests, and the contests of their
 * region that take entries now, each with a short form to open a draft (as whom, in which nomination, its title).
 */
@Named
@ViewScoped
public class EntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContestEntries entries;

    @Inject
    FacesMessages messages;

    @Inject
    ru.portal500.shared.web.LanguageBacking language;

    private transient List<ContestEntry> mine;
    private transient List<ContestEntries.OpenContest> open;
    private String contest;
    private String entrant;
    private Long nomination;
    private String title;
    private Long opened;

    public void load() {
        mine = entries.mine();
        open = entries.openToMe().stream().filter(o -> contest == null || contest.isBlank()
                || String.valueOf(o.contest().getId()).equals(contest.strip())).toList();
    }

    /** Opens a draft in the chosen contest, as the chosen entrant ({@code SCHOOL:12}), and goes to it. */
    public String openDraft(long contestId) {
        String[] parts = entrant == null ? new String[0] : entrant.split(":", 2);
        EntrantKind kind = parts.length == 2 && ("SCHOOL".equals(parts[0]) || "TEACHER".equals(parts[0]))
                ? EntrantKind.valueOf(parts[0]) : null;
        long school = parts.length == 2 && parts[1].matches("\\d{1,18}") ? Long.parseLong(parts[1]) : -1;
        if (!messages.run(() -> opened = entries.open(contestId, school, kind, nomination == null ? -1 : nomination,
                title).getId(), "contests.entry.opened")) {
            return null;
        }
        return "/app/entry.xhtml?faces-redirect=true&id=" + opened;
    }

    /** The value of an entrant in the form's list: {@code SCHOOL:12}. */
    public static String code(Entrant entrant) {
        return entrant.kind().name() + ":" + entrant.schoolId();
    }

    public String entrantCode(Entrant entrant) {
        return code(entrant);
    }

    /** The label of a contest's region's time ("МСК+1"), which its days follow. */
    public String zoneLabel(ru.portal500.contests.domain.Contest contest) {
        return ru.portal500.shared.web.Formats.zoneLabel(contest.getRegion().getTimeZone(), java.time.Instant.now(),
                language.getLocale());
    }

    public List<ContestEntry> getMine() {
        return mine;
    }

    public List<ContestEntries.OpenContest> getOpen() {
        return open;
    }

    /** The contest the page was opened for ({@code ?contest=3}, from its public page): only its form is shown. */
    public String getContest() {
        return contest;
    }

    public void setContest(String contest) {
        this.contest = contest;
    }

    public String getEntrant() {
        return entrant;
    }

    public void setEntrant(String entrant) {
        this.entrant = entrant;
    }

    public Long getNomination() {
        return nomination;
    }

    public void setNomination(Long nomination) {
        this.nomination = nomination;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
