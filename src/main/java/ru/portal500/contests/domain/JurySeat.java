package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.contests.judging.JurorTies;
import ru.portal500.contests.judging.JuryMember;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.Objects;

/**
 * A seat on a nomination's jury: a person who holds the contest's jury grant judges this nomination's entries, at
 * most {@code maxReviews} of them when the organiser sets a cap. The grant says who may act as a juror of the
 * contest; the seats say which entries they judge.
 */
@Entity
@Table(name = "contest_jury_seat")
@AdditionalCriteria("this.nomination.contest.region.code IN :scopeRegions")
public class JurySeat {

    /** The highest cap of reviews a juror can be given in a nomination. */
    public static final int MAX_CAP = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
    private Nomination nomination;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "max_reviews")
    private Integer maxReviews;

    @Column(name = "seated_by", nullable = false, updatable = false)
    private String seatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "seated_at", nullable = false, updatable = false)
    private Instant seatedAt;

    protected JurySeat() {
    }

    /** A seat of the person on the nomination's jury, until the results are published. */
    public JurySeat(Nomination nomination, String username, String fullName, Integer maxReviews, ChangeStamp by) {
        this.nomination = Objects.requireNonNull(nomination, "nomination");
        if (nomination.getContest().getState() == ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.error.finished");
        }
        this.username = Objects.requireNonNull(username, "username");
        this.fullName = fullName == null || fullName.isBlank() ? username : fullName.strip();
        limitTo(maxReviews);
        this.seatedBy = by.username();
        this.seatedAt = by.at();
    }

    /** A new cap of the juror's reviews in the nomination; null for none. */
    public void limitTo(Integer cap) {
        if (cap != null && (cap < 1 || cap > MAX_CAP)) {
            throw new ContestRuleException("contests.jury.error.cap", MAX_CAP);
        }
        this.maxReviews = cap;
    }

    /** The juror as the assignment sees them, with their ties to schools and people. */
    public JuryMember member(JurorTies ties) {
        if (!ties.juror().equals(username)) {
            throw new IllegalArgumentException("ties of " + ties.juror() + " for the seat of " + username);
        }
        return new JuryMember(ties, fullName, maxReviews);
    }

    public Long getId() {
        return id;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Integer getMaxReviews() {
        return maxReviews;
    }

    public String getSeatedBy() {
        return seatedBy;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }
}
