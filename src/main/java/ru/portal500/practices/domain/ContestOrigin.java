package ru.portal500.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * Where a practice that came from a contest comes from: the contest (by id, its title and school year), the
 * nomination, the entry (by id, once in the bank) and its place and award ({@code WINNER}, {@code PRIZE_WINNER},
 * {@code PARTICIPANT}; the place is null for an entry that was not ranked).
 */
@Embeddable
public class ContestOrigin {

    @Column(name = "contest_id", updatable = false)
    private Long contestId;

    @Column(name = "contest_title", updatable = false, length = 500)
    private String contestTitle;

    @Column(name = "contest_year", updatable = false)
    private Integer contestYear;

    @Column(name = "nomination_title", updatable = false, length = 300)
    private String nominationTitle;

    @Column(name = "contest_place", updatable = false)
    private Integer place;

    @Column(name = "contest_award", updatable = false, length = 16)
    private String award;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    protected ContestOrigin() {
    }

    public ContestOrigin(long contestId, String contestTitle, int contestYear, String nominationTitle, long entryId,
                         Integer place, String award) {
        this.contestId = contestId;
        this.contestTitle = Objects.requireNonNull(contestTitle, "contestTitle");
        this.contestYear = contestYear;
        this.nominationTitle = Objects.requireNonNull(nominationTitle, "nominationTitle");
        this.entryId = entryId;
        this.place = place;
        this.award = Objects.requireNonNull(award, "award");
    }

    public Long getContestId() {
        return contestId;
    }

    public String getContestTitle() {
        return contestTitle;
    }

    public Integer getContestYear() {
        return contestYear;
    }

    public String getNominationTitle() {
        return nominationTitle;
    }

    public Integer getPlace() {
        return place;
    }

    public String getAward() {
        return award;
    }

    public Long getEntryId() {
        return entryId;
    }
}
