package ru.portal500.contests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A juror's review of an admitted entry: the score sheet as last saved (drafts), then submitted and locked with its
 * total, before the jury's due date (the last day of the contest's judging, in the region's time zone). A review
 * given because the jury disagreed is marked extra. A juror who declares a conflict of interest closes the review
 * with a reason; it stays on record (and in the protocol). Saving checks the version the form was read at, so two
 * windows never overwrite each other.
 */
@Entity
@Table(name = "contest_review")
@AdditionalCriteria("this.entry.contest.region.code IN :scopeRegions")
public class EntryReview {

    public static final int MAX_REMARKS = 20_000;
    public static final int MAX_REASON = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ContestEntry entry;

    @Column(nullable = false, updatable = false)
    private String juror;

    @Column(name = "juror_name", nullable = false, updatable = false)
    private String jurorName;

    @Column(nullable = false, updatable = false)
    private boolean extra;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewState state = ReviewState.ASSIGNED;

    @Column(columnDefinition = "LONGTEXT")
    private String answers;

    @Column(columnDefinition = "TEXT")
    private String remarks;

    @Column(precision = 12, scale = 4)
    private BigDecimal total;

    @Column(name = "declared_reason", length = MAX_REASON)
    private String declaredReason;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "saved_at")
    private Instant savedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected EntryReview() {
    }

    private EntryReview(ContestEntry entry, String juror, String jurorName, boolean extra, ChangeStamp by) {
        this.entry = Objects.requireNonNull(entry, "entry");
        entry.getContest().requireJudging();
        if (entry.getState() != EntryState.ADMITTED) {
            throw new ContestRuleException("contests.review.error.notAdmitted", entry.getTitle());
        }
        this.juror = Objects.requireNonNull(juror, "juror");
        this.jurorName = jurorName == null || jurorName.isBlank() ? juror : jurorName.strip();
        this.extra = extra;
        this.assignedBy = by.username();
        this.assignedAt = by.at();
    }

    /** One of the entry's reviews (the conflicts and the juror's load are the assignment's rules). */
    public static EntryReview assign(ContestEntry entry, String juror, String jurorName, ChangeStamp by) {
        return new EntryReview(entry, juror, jurorName, false, by);
    }

    /** A review beyond the contest's count, given because the jury's scores of the entry diverged. */
    public static EntryReview extra(ContestEntry entry, String juror, String jurorName, ChangeStamp by) {
        return new EntryReview(entry, juror, jurorName, true, by);
    }

    /** The sheet saved as a draft; refused when it was saved elsewhere since the form was read. */
    public void saveDraft(String answersJson, String newRemarks, long readAtVersion, LocalDate today, ChangeStamp by) {
        requireOpen(today);
        requireUnchangedSince(readAtVersion);
        this.answers = answersJson;
        this.remarks = cleanRemarks(newRemarks);
        this.state = ReviewState.DRAFT;
        this.savedAt = by.at();
    }

    /** The sheet submitted and locked, with its weighted total; only until the jury's due date. */
    public void submit(String answersJson, String newRemarks, BigDecimal weightedTotal, long readAtVersion,
                       LocalDate today, ChangeStamp by) {
        requireOpen(today);
        requireUnchangedSince(readAtVersion);
        this.answers = answersJson;
        this.remarks = cleanRemarks(newRemarks);
        this.total = Objects.requireNonNull(weightedTotal, "weightedTotal").setScale(4, RoundingMode.HALF_UP);
        this.state = ReviewState.SUBMITTED;
        this.savedAt = by.at();
        this.submittedAt = by.at();
    }

    /** The juror declares a conflict of interest with the entry: the review closes with the reason, on record. */
    public void declareConflict(String reason, ChangeStamp by) {
        if (!state.isOpen()) {
            throw new ContestRuleException("contests.review.error.locked");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new ContestRuleException("contests.review.error.reason", MAX_REASON);
        }
        this.declaredReason = clean;
        this.state = ReviewState.DECLARED;
        this.savedAt = by.at();
    }

    /** Whether the organiser may take the review back: nothing has been saved on it. */
    public boolean isUntouched() {
        return state == ReviewState.ASSIGNED;
    }

    /** The jury's due date: the last day of the contest's judging. */
    public LocalDate due() {
        return entry.getContest().stages().judging();
    }

    public boolean isOverdue(LocalDate today) {
        return state.isOpen() && due() != null && today.isAfter(due());
    }

    private void requireOpen(LocalDate today) {
        if (!state.isOpen()) {
            throw new ContestRuleException("contests.review.error.locked");
        }
        entry.getContest().requireJudging();
        if (isOverdue(today)) {
            throw new ContestRuleException("contests.review.error.late", DAY.format(due()),
                    entry.getContest().getRegion().getTimeZone().getId());
        }
    }

    private void requireUnchangedSince(long readAtVersion) {
        if (readAtVersion != version) {
            throw new ConcurrentChangeException("contests.review.error.changedMeanwhile");
        }
    }

    private static String cleanRemarks(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_REMARKS) {
            throw new ContestRuleException("contests.review.error.remarksTooLong", MAX_REMARKS);
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public ContestEntry getEntry() {
        return entry;
    }

    public String getJuror() {
        return juror;
    }

    public String getJurorName() {
        return jurorName;
    }

    public boolean isExtra() {
        return extra;
    }

    public ReviewState getState() {
        return state;
    }

    public String getAnswers() {
        return answers;
    }

    public String getRemarks() {
        return remarks;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getDeclaredReason() {
        return declaredReason;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
