package ru.portal500.expertise.domain;

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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.documents.domain.Document;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of an expertise round's history: what changed in the round (created with its checklist, a setting,
 * a reviewer assigned or taken back, a review declined or submitted, a document sent back, the round closed), about
 * what (a document with its school, a setting), from what to what and why, who did it and when. Values that a
 * reader reads in words (the round's kind, a verdict, a setting's yes/no) are kept as codes and put in words in the
 * reader's language when read. Never changed once written; found with its round.
 */
@Entity
@Table(name = "expertise_change")
@AdditionalCriteria("this.round.campaign.region.code IN :scopeRegions")
public class RoundChange {

    /** What changed. */
    public enum Kind {
        /** The round was created (subject: its title; to: its kind's code). */
        CREATED,
        /** The checklist it scores with was chosen (subject: the checklist's title; to: its version number). */
        CHECKLIST_CHOSEN,
        /** A setting changed (subject: the setting's {@link Setting} code; from, to: its values). */
        SETTING_CHANGED,
        /** A reviewer was named by hand for a document (to: the reviewer). */
        ASSIGNED_BY_HAND,
        /** A reviewer was given a document by the automatic assignment (to: the reviewer). */
        ASSIGNED_AUTOMATICALLY,
        /** An untouched review was taken back to give the document to another (from: the reviewer). */
        WITHDRAWN,
        /** The reviewer declined (from: the reviewer; reason: theirs). */
        DECLINED,
        /** The reviewer declared a conflict of interest (from: the reviewer; reason: theirs). */
        CONFLICT_DECLARED,
        /** The review was submitted (from: the reviewer; to: the verdict's code). */
        SUBMITTED,
        /** The document was sent back to its school after the expertise (reason: the comment). */
        DOCUMENT_RETURNED,
        /** The round was closed. */
        CLOSED
    }

    /** The settings a {@link Kind#SETTING_CHANGED} line names. */
    public enum Setting {
        REVIEWS_PER_DOCUMENT, REVIEWS_PER_SCHOOL, OTHER_MUNICIPALITY, BLIND, DIVERGENCE_POINTS, DUE
    }

    private static final int MAX_TEXT = 1000;
    private static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private ExpertiseRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private Kind kind;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String by;

    @Column(name = "changed_by_name", nullable = false, updatable = false)
    private String byName;

    @Column(updatable = false, length = MAX_TEXT)
    private String subject;

    @Column(name = "old_value", updatable = false, length = MAX_TEXT)
    private String from;

    @Column(name = "new_value", updatable = false, length = MAX_TEXT)
    private String to;

    @Column(updatable = false, length = MAX_REASON)
    private String reason;

    protected RoundChange() {
    }

    private RoundChange(ExpertiseRound round, Kind kind, ChangeStamp stamp, String subject, String from, String to,
                        String reason) {
        this.round = Objects.requireNonNull(round, "round");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(stamp.at(), "at");
        this.by = Objects.requireNonNull(stamp.username(), "username");
        this.byName = stamp.name() == null || stamp.name().isBlank() ? stamp.username() : stamp.name();
        this.subject = cut(subject, MAX_TEXT);
        this.from = cut(from, MAX_TEXT);
        this.to = cut(to, MAX_TEXT);
        this.reason = cut(reason, MAX_REASON);
    }

    /** A new round: created, and the checklist it scores with. */
    public static List<RoundChange> created(ExpertiseRound round, ChangeStamp stamp) {
        return List.of(new RoundChange(round, Kind.CREATED, stamp, round.getTitle(), null, round.getKind().name(), null),
                new RoundChange(round, Kind.CHECKLIST_CHOSEN, stamp, round.getChecklist().getTitle(), null,
                        String.valueOf(round.getChecklist().getNumber()), null));
    }

    /** One line per setting that differs between {@code before} and the round's settings now. */
    public static List<RoundChange> settingsChanged(ExpertiseRound round, RoundSettings before, ChangeStamp stamp) {
        RoundSettings now = round.settings();
        List<RoundChange> changes = new ArrayList<>();
        setting(changes, round, stamp, Setting.REVIEWS_PER_DOCUMENT, before.reviewsPerDocument(), now.reviewsPerDocument());
        setting(changes, round, stamp, Setting.REVIEWS_PER_SCHOOL, before.reviewsPerSchool(), now.reviewsPerSchool());
        setting(changes, round, stamp, Setting.OTHER_MUNICIPALITY, before.otherMunicipality(), now.otherMunicipality());
        setting(changes, round, stamp, Setting.BLIND, before.blind(), now.blind());
        setting(changes, round, stamp, Setting.DIVERGENCE_POINTS, before.divergencePoints(), now.divergencePoints());
        setting(changes, round, stamp, Setting.DUE, before.due(), now.due());
        return changes;
    }

    private static void setting(List<RoundChange> changes, ExpertiseRound round, ChangeStamp stamp, Setting setting,
                                Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new RoundChange(round, Kind.SETTING_CHANGED, stamp, setting.name(), String.valueOf(before),
                    String.valueOf(after), null));
        }
    }

    /** A reviewer given the review's document, by hand or by the automatic assignment. */
    public static RoundChange assigned(ExpertReview review, boolean automatically, ChangeStamp stamp) {
        return new RoundChange(review.getRound(), automatically ? Kind.ASSIGNED_AUTOMATICALLY : Kind.ASSIGNED_BY_HAND,
                stamp, documentOf(review.getDocument()), null, reviewer(review), null);
    }

    /** The review taken back from its reviewer (the document goes to another). */
    public static RoundChange withdrawn(ExpertReview review, ChangeStamp stamp) {
        return new RoundChange(review.getRound(), Kind.WITHDRAWN, stamp, documentOf(review.getDocument()),
                reviewer(review), null, null);
    }

    /** The reviewer declined or declared a conflict of interest (as the review's state says), with their reason. */
    public static RoundChange givenUp(ExpertReview review, ChangeStamp stamp) {
        Kind kind = switch (review.getState()) {
            case DECLINED -> Kind.DECLINED;
            case CONFLICT -> Kind.CONFLICT_DECLARED;
            default -> throw new IllegalArgumentException("Not given up: " + review.getState());
        };
        return new RoundChange(review.getRound(), kind, stamp, documentOf(review.getDocument()), reviewer(review), null,
                review.getDeclinedReason());
    }

    /** The review submitted, with its verdict. */
    public static RoundChange submitted(ExpertReview review, ChangeStamp stamp) {
        if (review.getState() != ReviewState.SUBMITTED) {
            throw new IllegalArgumentException("Not submitted: " + review.getState());
        }
        return new RoundChange(review.getRound(), Kind.SUBMITTED, stamp, documentOf(review.getDocument()),
                reviewer(review), review.getVerdict(), null);
    }

    /** The document sent back to its school after the expertise, with the organiser's comment. */
    public static RoundChange returned(ExpertiseRound round, Document document, String comment, ChangeStamp stamp) {
        return new RoundChange(round, Kind.DOCUMENT_RETURNED, stamp, documentOf(document), null, null,
                comment == null ? null : comment.strip());
    }

    public static RoundChange closed(ExpertiseRound round, ChangeStamp stamp) {
        return new RoundChange(round, Kind.CLOSED, stamp, round.getTitle(), RoundState.OPEN.name(),
                RoundState.CLOSED.name(), null);
    }

    private static String documentOf(Document document) {
        return document.getTitle() + " (" + document.getSchool().getName() + ")";
    }

    private static String reviewer(ExpertReview review) {
        return review.getReviewerSchool() != null ? review.getReviewerSchool().getName()
                : review.getReviewerName() + " (" + review.getReviewerUsername() + ")";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public ExpertiseRound getRound() {
        return round;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getByName() {
        return byName;
    }

    /** What the change is about: a document with its school, a setting's code, the round's or checklist's title. */
    public String getSubject() {
        return subject;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }
}
