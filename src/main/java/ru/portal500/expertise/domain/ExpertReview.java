package ru.portal500.expertise.domain;

import jakarta.persistence.Column;
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
import ru.portal500.documents.domain.Document;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.tenancy.domain.School;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One review in a round: a version of a document, the expert (or, in a mutual round, the school) who scores
 * it, the score sheet as saved (drafts) and as submitted (locked, with its verdict and conclusions). A
 * reviewer who declines or declares a conflict of interest leaves the review on record; a replacement is a
 * new review. Saving checks the version the form was read at, so two windows never overwrite each other. Found by
 * anyone who acts in its round's region; who may read or score it is the services' check.
 */
@Entity
@Table(name = "expert_review")
@AdditionalCriteria("this.round.campaign.region.code IN :scopeRegions")
public class ExpertReview {

    public static final int MAX_REASON = 2000;
    public static final int MAX_RECOMMENDATIONS = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ExpertiseRound round;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private Document document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "reviewer_username", updatable = false)
    private String reviewerUsername;

    @Column(name = "reviewer_name", updatable = false)
    private String reviewerName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewer_school_id", updatable = false)
    private School reviewerSchool;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewState state = ReviewState.ASSIGNED;

    @Column(columnDefinition = "LONGTEXT")
    private String answers;

    @Column(columnDefinition = "TEXT")
    private String recommendations;

    @Column(name = "score_share", precision = 7, scale = 4)
    private BigDecimal scoreShare;

    @Column(length = 24)
    private String verdict;

    @Column(name = "declined_reason", length = MAX_REASON)
    private String declinedReason;

    @Column(name = "conclusion_sha256", length = 64)
    private String conclusionSha256;

    @Column(name = "school_conclusion_sha256", length = 64)
    private String schoolConclusionSha256;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reminded_before", nullable = false)
    private boolean remindedBefore;

    @Column(name = "reminded_after", nullable = false)
    private boolean remindedAfter;

    @Version
    private long version;

    protected ExpertReview() {
    }

    private ExpertReview(ExpertiseRound round, Document document, ChangeStamp by) {
        round.requireOpen();
        this.round = round;
        this.document = Objects.requireNonNull(document, "document");
        this.versionNumber = document.latest().orElseThrow(() -> new ExpertiseRuleException("expertise.error.noVersion"))
                .getNumber();
        this.assignedBy = by.username();
        this.assignedAt = by.at();
    }

    /** An expert's review of the document's latest version. */
    public static ExpertReview byExpert(ExpertiseRound round, Document document, String username, String name,
                                        ChangeStamp by) {
        ExpertReview review = new ExpertReview(round, document, by);
        review.reviewerUsername = Objects.requireNonNull(username, "username");
        review.reviewerName = name == null || name.isBlank() ? username : name;
        return review;
    }

    /** A school's review of another school's document (взаимоэкспертиза). */
    public static ExpertReview bySchool(ExpertiseRound round, Document document, School school, ChangeStamp by) {
        if (school.equals(document.getSchool())) {
            throw new ExpertiseRuleException("expertise.error.ownDocument");
        }
        ExpertReview review = new ExpertReview(round, document, by);
        review.reviewerSchool = school;
        return review;
    }

    /** Scores saved as a draft; refused when someone saved since the form was read. */
    public void saveDraft(String answers, String recommendations, long readAtVersion, ChangeStamp by) {
        requireOpen();
        requireUnchangedSince(readAtVersion);
        this.answers = answers;
        this.recommendations = cleanRecommendations(recommendations);
        this.state = ReviewState.DRAFT;
        this.savedAt = by.at();
        this.openedAt = openedAt == null ? by.at() : openedAt;
    }

    /** Submitted: locked, with its share of the maximum score and verdict; refused after the round's due date. */
    public void submit(String answers, String recommendations, double share, String verdict, long readAtVersion,
                       LocalDate today, ChangeStamp by) {
        requireOpen();
        requireUnchangedSince(readAtVersion);
        if (round.isOverdue(today)) {
            throw new ExpertiseRuleException("expertise.error.pastDue", round.getDue());
        }
        this.answers = answers;
        this.recommendations = cleanRecommendations(recommendations);
        this.scoreShare = BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.state = ReviewState.SUBMITTED;
        this.submittedBy = by.username();
        this.submittedAt = by.at();
        this.savedAt = by.at();
    }

    public void attachConclusions(String fullSha256, String forSchoolSha256) {
        if (state != ReviewState.SUBMITTED) {
            throw new ExpertiseRuleException("expertise.error.notSubmitted");
        }
        this.conclusionSha256 = fullSha256;
        this.schoolConclusionSha256 = forSchoolSha256;
    }

    /** The reviewer will not do it, and says why; a replacement is assigned by the organiser or the portal. */
    public void decline(String reason, ChangeStamp by) {
        requireOpen();
        this.declinedReason = requireReason(reason);
        this.state = ReviewState.DECLINED;
        this.savedAt = by.at();
    }

    /** A conflict of interest, declared before the document was opened. */
    public void declareConflict(String reason, ChangeStamp by) {
        requireOpen();
        if (openedAt != null) {
            throw new ExpertiseRuleException("expertise.error.conflictAfterOpening");
        }
        this.declinedReason = requireReason(reason);
        this.state = ReviewState.CONFLICT;
        this.savedAt = by.at();
    }

    /** Taken back by the portal in a replacement; only a review nobody has opened. */
    public void withdraw(ChangeStamp by) {
        if (state != ReviewState.ASSIGNED || openedAt != null) {
            throw new ExpertiseRuleException("expertise.error.reviewLocked");
        }
        this.state = ReviewState.WITHDRAWN;
        this.savedAt = by.at();
    }

    /** Untouched: assigned, never opened (the portal may still move it to another reviewer). */
    public boolean isUntouched() {
        return state == ReviewState.ASSIGNED && openedAt == null;
    }

    public boolean isOverdue(LocalDate today) {
        return state.isOpen() && round.isOverdue(today);
    }

    /** The expert, or a member of the reviewing school's team (the caller decides which holds). */
    public boolean isByExpert(String username) {
        return reviewerUsername != null && reviewerUsername.equals(username);
    }

    private void requireOpen() {
        round.requireOpen();
        if (!state.isOpen()) {
            throw new ExpertiseRuleException("expertise.error.reviewLocked");
        }
    }

    private void requireUnchangedSince(long readAtVersion) {
        if (readAtVersion != version) {
            throw new ConcurrentChangeException("expertise.error.changedMeanwhile");
        }
    }

    private static String requireReason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new ExpertiseRuleException("expertise.error.reason", MAX_REASON);
        }
        return clean;
    }

    private static String cleanRecommendations(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_RECOMMENDATIONS) {
            throw new ExpertiseRuleException("expertise.error.recommendationsTooLong", MAX_RECOMMENDATIONS);
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public ExpertiseRound getRound() {
        return round;
    }

    public Document getDocument() {
        return document;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getReviewerUsername() {
        return reviewerUsername;
    }

    public String getReviewerName() {
        return reviewerSchool != null ? reviewerSchool.getName() : reviewerName;
    }

    public School getReviewerSchool() {
        return reviewerSchool;
    }

    public ReviewState getState() {
        return state;
    }

    public String getAnswers() {
        return answers;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Double getScoreShare() {
        return scoreShare == null ? null : scoreShare.doubleValue();
    }

    public String getVerdict() {
        return verdict;
    }

    public String getDeclinedReason() {
        return declinedReason;
    }

    public String getConclusionSha256() {
        return conclusionSha256;
    }

    public String getSchoolConclusionSha256() {
        return schoolConclusionSha256;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isRemindedBefore() {
        return remindedBefore;
    }

    public boolean isRemindedAfter() {
        return remindedAfter;
    }

    public long getVersion() {
        return version;
    }
}
