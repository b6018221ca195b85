package ru.portal500.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestStage;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.LanguageBacking;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Page {@code /contest.xhtml?id=…}: a published call for everyone, without logging in; a draft is not found. */
@Named
@RequestScoped
public class PublicContestBacking {

    @Inject
    Contests contests;

    @Inject
    LanguageBacking language;

    @Inject
    ru.portal500.contests.application.ContestResultsService results;

    private java.util.List<ru.portal500.contests.domain.ContestAward> awards;

    private String id;
    private Contest contest;

    public java.util.List<ru.portal500.contests.domain.Nomination> getClosedNominations() {
        return contest == null ? java.util.List.of() : contest.getNominations().stream().filter(n -> !n.isOpen())
                .toList();
    }

    /** What became of a closed nomination, in the reader's language. */
    public String closedText(ru.portal500.contests.domain.Nomination closed) {
        ru.portal500.shared.i18n.Texts.Phrase said = ru.portal500.contests.application.NominationClosures.said(closed);
        return ru.portal500.shared.i18n.Texts.get(language.getLocale(), said.key(), said.arguments());
    }

    public void load() {
        try {
            contest = contests.published(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
    }

    /** The published results, by nomination and place; empty before they are published. */
    public java.util.List<ru.portal500.contests.domain.ContestAward> getAwards() {
        if (awards == null) {
            awards = contest == null ? java.util.List.of() : results.publicResults(contest.getId());
        }
        return awards;
    }

    private java.util.Map<Long, Long> practices;

    /** The bank's practices the results' entries became: entry id → practice id. */
    public java.util.Map<Long, Long> getPractices() {
        if (practices == null) {
            practices = contest == null ? java.util.Map.of() : results.publicPractices(contest.getId());
        }
        return practices;
    }

    public Contest getContest() {
        return contest;
    }

    /** The stages with their days, in order. */
    public List<Map.Entry<ContestStage, java.time.LocalDate>> getStages() {
        return List.copyOf(contest.stages().asMap().entrySet());
    }

    /** Whether the contest takes entries today, in its region's calendar (the page offers to enter it). */
    public boolean isTakingEntries() {
        return contest.isTakingEntries(java.time.LocalDate.now(contest.getRegion().getTimeZone()));
    }

    /** The label of the region's time ("МСК+1"), which the days follow. */
    public String getZoneLabel() {
        return Formats.zoneLabel(contest.getRegion().getTimeZone(), Instant.now(), language.getLocale());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
