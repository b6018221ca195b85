package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of a contest's published results, frozen when the organiser confirmed them: an admitted entry of a
 * nomination with its place (none when it was not ranked), its award and score, and what everyone may read of it —
 * its title, its school and the authors who consented to publication. Never changed once written.
 */
@Entity
@Table(name = "contest_award")
@AdditionalCriteria("this.contest.region.code IN :scopeRegions")
public class ContestAward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contest_id", nullable = false, updatable = false)
    private Contest contest;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
    private Nomination nomination;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ContestEntry entry;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(updatable = false)
    private Integer place;

    @Column(nullable = false, updatable = false, length = 16)
    private String award;

    @Column(updatable = false, precision = 12, scale = 4)
    private BigDecimal score;

    @Column(nullable = false, updatable = false, length = 500)
    private String title;

    @Column(name = "school_name", nullable = false, updatable = false, length = 1000)
    private String schoolName;

    @Column(nullable = false, updatable = false, length = 2000)
    private String authors;

    protected ContestAward() {
    }

    /**
     * The line of an entry in its nomination's results.
     *
     * @param place   its place, 0 when it was not ranked
     * @param award   the award's code ({@code WINNER}, {@code PRIZE_WINNER}, {@code PARTICIPANT})
     * @param authors the names of the authors who consented to publication
     */
    public ContestAward(ContestEntry entry, int position, int place, String award, BigDecimal score,
                        List<String> authors) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.contest = entry.getContest();
        this.nomination = entry.getNomination();
        this.position = position;
        this.place = place > 0 ? place : null;
        this.award = Objects.requireNonNull(award, "award");
        this.score = score;
        this.title = entry.getTitle();
        this.schoolName = entry.getSchoolName();
        String joined = String.join(", ", authors);
        this.authors = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    public Long getId() {
        return id;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public ContestEntry getEntry() {
        return entry;
    }

    public int getPosition() {
        return position;
    }

    /** Its place, or null when it was not ranked. */
    public Integer getPlace() {
        return place;
    }

    public String getAward() {
        return award;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getTitle() {
        return title;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getAuthors() {
        return authors;
    }
}
