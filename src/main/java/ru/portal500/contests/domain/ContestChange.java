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
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.infrastructure.InstantConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of a contest's history: created, a setting or a stage's day changed, a nomination added, renamed,
 * given a checklist or removed, the call published; about what, from what to what, who and when. Codes (a
 * setting, a stage, a state) are kept as codes and put in words in the reader's language when read. Never changed
 * once written; found with its contest.
 */
@Entity
@Table(name = "contest_change")
@AdditionalCriteria("this.contest.region.code IN :scopeRegions")
public class ContestChange {

    /** What changed. */
    public enum Kind {
        /** The contest was created (subject: its title). */
        CREATED,
        /** A setting changed (subject: its {@link Setting} code; from, to: its values). */
        SETTING_CHANGED,
        /** A stage's day changed (subject: the {@link ContestStage} code; from, to: ISO days or empty). */
        STAGE_CHANGED,
        /** A nomination was added (subject: its title; to: its checklist, if any). */
        NOMINATION_ADDED,
        /** A nomination was renamed (from, to: its titles). */
        NOMINATION_RENAMED,
        /** A nomination's checklist changed (subject: its title; from, to: the checklists). */
        NOMINATION_CHECKLIST,
        /** A nomination was removed (subject: its title). */
        NOMINATION_REMOVED,
        /**
         * A nomination short of the minimum was merged into another (subject: its title; to: the other's title;
         * reason: the organiser's).
         */
        NOMINATION_MERGED,
        /** A nomination short of the minimum was cancelled (subject: its title; reason: the organiser's). */
        NOMINATION_CANCELLED,
        /** The regulations' file was attached or replaced (from, to: the files' names). */
        REGULATIONS_ATTACHED,
        /** The call was published (from, to: the states' codes). */
        CALL_PUBLISHED,
        /**
         * An entry's state changed: submitted, withdrawn, admitted, returned for completion, refused (subject: the
         * entry; from, to: the {@link EntryState} codes; reason: the organiser's, with the completion deadline).
         */
        ENTRY_STATE,
        /** A submitted entry was changed by its entrant before the close (subject: the entry). */
        ENTRY_CHANGED,
        /** Judging opened (subject: the contest's title). */
        JUDGING_OPENED,
        /** A person was seated on a nomination's jury (subject: the nomination; to: the juror). */
        JURY_SEATED,
        /** A person left a nomination's jury (subject: the nomination; from: the juror). */
        JURY_UNSEATED,
        /** A juror was given an entry to review (subject: the entry; to: the juror). */
        REVIEW_ASSIGNED,
        /** An extra juror was given a divergent entry (subject: the entry; to: the juror). */
        EXTRA_JUROR,
        /** A review was taken back before anything was saved on it (subject: the entry; from: the juror). */
        REVIEW_WITHDRAWN,
        /** A juror submitted their review (subject: the entry; to: the juror). */
        REVIEW_SUBMITTED,
        /** A juror declared a conflict of interest (subject: the entry; from: the juror; reason: theirs). */
        CONFLICT_DECLARED,
        /** The organiser overrode a juror's conflict (subject: the entry; to: the juror; reason: theirs). */
        CONFLICT_OVERRIDDEN,
        /**
         * The organiser recorded a moderated decision (subject: the entry; to: the total in its plain dot form,
         * "12.5", written in the reader's way when read; reason: theirs).
         */
        MODERATED,
        /** The organiser confirmed the results (subject: the contest's title; to: the protocol's SHA-256). */
        RESULTS_PUBLISHED,
        /** An entry went into the practice bank (subject: the entry; to: the practice's number). */
        INTO_BANK
    }

    /** The settings a {@link Kind#SETTING_CHANGED} line names. */
    public enum Setting {
        TITLE, DESCRIPTION, OPEN_TO_CAMPAIGN, OPEN_TO_REGION, OPEN_TO_TEACHERS, TEAM_MIN, TEAM_MAX, REQUIRED_FIELDS,
        REQUIRED_FILES, MIN_ENTRIES, BLIND, REVIEWS_PER_ENTRY, DIVERGENCE_POINTS, TIE_BREAK, NORMALISED_RANKING
    }

    private static final int MAX_SUBJECT = 1000;
    private static final int MAX_VALUE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contest_id", nullable = false, updatable = false)
    private Contest contest;

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

    @Column(updatable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "old_value", updatable = false, length = MAX_VALUE)
    private String from;

    @Column(name = "new_value", updatable = false, length = MAX_VALUE)
    private String to;

    @Column(updatable = false, length = MAX_VALUE)
    private String reason;

    protected ContestChange() {
    }

    private ContestChange(Contest contest, Kind kind, ChangeStamp stamp, String subject, String from, String to) {
        this.contest = Objects.requireNonNull(contest, "contest");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.at = Objects.requireNonNull(stamp.at(), "at");
        this.by = stamp.username();
        this.byName = stamp.name();
        this.subject = cut(subject, MAX_SUBJECT);
        this.from = cut(from, MAX_VALUE);
        this.to = cut(to, MAX_VALUE);
    }

    public static ContestChange created(Contest contest, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.CREATED, stamp, contest.getTitle(), null, null);
    }

    /** One line per setting that differs between {@code before} and the contest's settings now. */
    public static List<ContestChange> settingsChanged(Contest contest, ContestSettings before, ChangeStamp stamp) {
        ContestSettings now = contest.settings();
        List<ContestChange> changes = new ArrayList<>();
        setting(changes, contest, stamp, Setting.TITLE, before.title(), now.title());
        setting(changes, contest, stamp, Setting.DESCRIPTION, before.description(), now.description());
        setting(changes, contest, stamp, Setting.OPEN_TO_CAMPAIGN, before.openToCampaign(), now.openToCampaign());
        setting(changes, contest, stamp, Setting.OPEN_TO_REGION, before.openToRegion(), now.openToRegion());
        setting(changes, contest, stamp, Setting.OPEN_TO_TEACHERS, before.openToTeachers(), now.openToTeachers());
        setting(changes, contest, stamp, Setting.TEAM_MIN, before.teamMin(), now.teamMin());
        setting(changes, contest, stamp, Setting.TEAM_MAX, before.teamMax(), now.teamMax());
        setting(changes, contest, stamp, Setting.REQUIRED_FIELDS, fields(before), fields(now));
        setting(changes, contest, stamp, Setting.REQUIRED_FILES, String.join("\n", before.requiredFiles()),
                String.join("\n", now.requiredFiles()));
        setting(changes, contest, stamp, Setting.MIN_ENTRIES, before.minEntries(), now.minEntries());
        setting(changes, contest, stamp, Setting.BLIND, before.blind(), now.blind());
        setting(changes, contest, stamp, Setting.REVIEWS_PER_ENTRY, before.reviewsPerEntry(), now.reviewsPerEntry());
        setting(changes, contest, stamp, Setting.DIVERGENCE_POINTS, before.divergencePoints(), now.divergencePoints());
        setting(changes, contest, stamp, Setting.TIE_BREAK, before.tieBreak().stored(), now.tieBreak().stored());
        setting(changes, contest, stamp, Setting.NORMALISED_RANKING, before.normalisedRanking(),
                now.normalisedRanking());
        return changes;
    }

    private static String fields(ContestSettings settings) {
        return settings.requiredFields().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static void setting(List<ContestChange> changes, Contest contest, ChangeStamp stamp, Setting setting,
                                Object before, Object after) {
        String from = before == null ? "" : String.valueOf(before);
        String to = after == null ? "" : String.valueOf(after);
        if (!from.equals(to)) {
            changes.add(new ContestChange(contest, Kind.SETTING_CHANGED, stamp, setting.name(), from, to));
        }
    }

    /** One line per stage whose day differs between {@code before} and the contest's stages now. */
    public static List<ContestChange> stagesChanged(Contest contest, ContestStages before, ChangeStamp stamp) {
        ContestStages now = contest.stages();
        List<ContestChange> changes = new ArrayList<>();
        for (ContestStage stage : ContestStage.values()) {
            if (!Objects.equals(before.day(stage), now.day(stage))) {
                changes.add(new ContestChange(contest, Kind.STAGE_CHANGED, stamp, stage.name(),
                        before.day(stage) == null ? "" : before.day(stage).toString(),
                        now.day(stage) == null ? "" : now.day(stage).toString()));
            }
        }
        return changes;
    }

    public static ContestChange nominationAdded(Nomination nomination, ChangeStamp stamp) {
        return new ContestChange(nomination.getContest(), Kind.NOMINATION_ADDED, stamp, nomination.getTitle(), null,
                checklist(nomination.getChecklist()));
    }

    public static ContestChange nominationRenamed(Nomination nomination, String before, ChangeStamp stamp) {
        return new ContestChange(nomination.getContest(), Kind.NOMINATION_RENAMED, stamp, nomination.getTitle(), before,
                nomination.getTitle());
    }

    public static ContestChange nominationChecklist(Nomination nomination, ChecklistVersion before, ChangeStamp stamp) {
        return new ContestChange(nomination.getContest(), Kind.NOMINATION_CHECKLIST, stamp, nomination.getTitle(),
                checklist(before), checklist(nomination.getChecklist()));
    }

    public static ContestChange nominationRemoved(Contest contest, Nomination nomination, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.NOMINATION_REMOVED, stamp, nomination.getTitle(), null, null);
    }

    /** A nomination merged into another or cancelled, with the organiser's reason. */
    public static ContestChange nominationClosed(Nomination nomination, ChangeStamp stamp) {
        ContestChange change = new ContestChange(nomination.getContest(), nomination.getMergedInto().isPresent()
                ? Kind.NOMINATION_MERGED : Kind.NOMINATION_CANCELLED, stamp, nomination.getTitle(), null,
                nomination.getMergedInto().map(Nomination::getTitle).orElse(null));
        change.reason = cut(nomination.getClosedReason(), MAX_VALUE);
        return change;
    }

    public static ContestChange regulationsAttached(Contest contest, Regulations before, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.REGULATIONS_ATTACHED, stamp, contest.getTitle(),
                before == null ? null : before.fileName(),
                contest.regulations().map(Regulations::fileName).orElse(null));
    }

    public static ContestChange callPublished(Contest contest, ContestState before, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.CALL_PUBLISHED, stamp, contest.getTitle(), before.name(),
                contest.getState().name());
    }

    /** An entry's move from one state to its present one, with the organiser's reason if it has one. */
    public static ContestChange entryState(ContestEntry entry, EntryState before, ChangeStamp stamp) {
        ContestChange change = new ContestChange(entry.getContest(), Kind.ENTRY_STATE, stamp, entrySubject(entry),
                before.name(), entry.getState().name());
        change.reason = cut(entry.getState() == EntryState.RETURNED || entry.getState() == EntryState.REFUSED
                ? entry.getDecisionReason().orElse(null) : null, MAX_VALUE);
        return change;
    }

    /** A submitted entry changed by its entrant. */
    public static ContestChange entryChanged(ContestEntry entry, ChangeStamp stamp) {
        return new ContestChange(entry.getContest(), Kind.ENTRY_CHANGED, stamp, entrySubject(entry), null, null);
    }

    /** Judging opened: the checklists and the chain are fixed from now on. */
    public static ContestChange judgingOpened(Contest contest, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.JUDGING_OPENED, stamp, contest.getTitle(), null, null);
    }

    /** The results confirmed and published, with the frozen protocol's SHA-256. */
    public static ContestChange resultsPublished(Contest contest, ChangeStamp stamp) {
        return new ContestChange(contest, Kind.RESULTS_PUBLISHED, stamp, contest.getTitle(), null,
                contest.getProtocolSha256());
    }

    /** A juror seated on a nomination's jury ({@code seated}) or leaving it. */
    public static ContestChange jury(Nomination nomination, String juror, boolean seated, ChangeStamp stamp) {
        return new ContestChange(nomination.getContest(), seated ? Kind.JURY_SEATED : Kind.JURY_UNSEATED, stamp,
                nomination.getTitle(), seated ? null : juror, seated ? juror : null);
    }

    /**
     * A step of judging about one entry: a review assigned, extra, withdrawn, submitted, a conflict declared or
     * overridden, a moderated decision; {@code from} and {@code to} as the kind says, with the person's reason.
     */
    public static ContestChange judged(ContestEntry entry, Kind kind, String from, String to, String reason,
                                       ChangeStamp stamp) {
        ContestChange change = new ContestChange(entry.getContest(), kind, stamp, entrySubject(entry), from, to);
        change.reason = cut(reason, MAX_VALUE);
        return change;
    }

    /** An entry as a history names it: «№ 12 «title»». */
    private static String entrySubject(ContestEntry entry) {
        return "\u2116\u00a0" + entry.getId() + " \u00ab" + entry.getTitle() + "\u00bb";
    }

    /** A checklist as a history keeps it, {@code "2:title"} (its version, then its title; put in words when read). */
    private static String checklist(ChecklistVersion checklist) {
        return checklist == null ? "" : checklist.getNumber() + ":" + checklist.getTitle();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Contest getContest() {
        return contest;
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
