package ru.portal500.contests.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import ru.portal500.practices.domain.EducationLevel;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An entry of a contest: a case of a school (entered by its team) or of a teacher, in one nomination, with its
 * form, authors and files. A draft is its entrant's alone; submitted before the entries close (in the region's
 * time zone); changed until then; checked by the organiser, who admits it, returns it for completion with a reason
 * and a deadline, or refuses it with a reason; withdrawn by its entrant before the judging. Tenant data of the
 * contest's region; who of the region may read it is {@code EntryAccess}'s rule.
 */
@Entity
@Table(name = "contest_entry")
@AdditionalCriteria("this.contest.region.code IN :scopeRegions")
public class ContestEntry {

    public static final int MAX_FILES = 10;
    public static final int MAX_REASON = 2000;
    /** How many days before the entries close a draft's entrant is reminded (once). */
    public static final int REMIND_DAYS_BEFORE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contest_id", nullable = false, updatable = false)
    private Contest contest;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nomination_id", nullable = false)
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(name = "entrant_kind", nullable = false, updatable = false, length = 16)
    private EntrantKind kind;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "school_path", nullable = false, updatable = false)
    private String schoolPath;

    @Column(name = "school_name", nullable = false, updatable = false, length = 1000)
    private String schoolName;

    @Column(nullable = false, updatable = false)
    private String entrant;

    @Column(name = "entrant_name", nullable = false, updatable = false)
    private String entrantName;

    @Column(nullable = false, length = CaseForm.MAX_TITLE)
    private String title;

    @Column(length = CaseForm.MAX_TEXT)
    private String problem;

    @Column(name = "risk_factors", nullable = false, length = 500)
    private String riskFactors = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "education_level", length = 16)
    private EducationLevel level;

    @Column(length = CaseForm.MAX_SUBJECT)
    private String subject;

    @Column(length = CaseForm.MAX_TEXT)
    private String summary;

    @Column(nullable = false, length = 12_000)
    private String links = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryState state = EntryState.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decision_reason", length = MAX_REASON)
    private String decisionReason;

    @Column(name = "completion_due")
    private LocalDate completionDue;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EntryAuthor> authors = new ArrayList<>();

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EntryFile> files = new ArrayList<>();

    @Column(name = "moderated_total", precision = 12, scale = 4)
    private java.math.BigDecimal moderatedTotal;

    @Column(name = "moderated_reason", length = MAX_REASON)
    private String moderatedReason;

    @Column(name = "moderated_by")
    private String moderatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "deadline_reminded", nullable = false)
    private boolean deadlineReminded;

    /** Flipped by every change of the authors or files alone, so that the entry's row (and version) is written. */
    @Column(nullable = false)
    private boolean edited;

    @Version
    private long version;

    protected ContestEntry() {
    }

    /** A new draft of the entrant in a nomination of the contest, while it takes entries. */
    public ContestEntry(Contest contest, Nomination nomination, Entrant entrant, CaseForm form, LocalDate today,
                        Instant at) {
        this.contest = Objects.requireNonNull(contest, "contest");
        contest.requireTakingEntries(today);
        this.nomination = ownNomination(nomination);
        this.kind = entrant.kind();
        this.schoolId = entrant.schoolId();
        this.schoolPath = entrant.school().groupPath();
        this.schoolName = entrant.schoolName();
        this.entrant = entrant.username();
        this.entrantName = entrant.fullName();
        this.createdAt = Objects.requireNonNull(at, "at");
        apply(form);
    }

    /** A new form and nomination, while the entry may be changed. */
    public void describe(CaseForm form, Nomination newNomination, LocalDate today) {
        requireChangeable(today);
        Nomination chosen = ownNomination(newNomination);
        requireStillComplete(form, authors.size(), files);
        this.nomination = chosen;
        apply(form);
    }

    private void apply(CaseForm form) {
        this.title = form.title();
        this.problem = form.problem();
        this.riskFactors = form.riskFactors().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.level = form.level();
        this.subject = form.subject();
        this.summary = form.summary();
        this.links = String.join("\n", form.links());
    }

    /**
     * Adds an author, a person of the entering school (the caller checks the school); the team's size is checked
     * on submission. Their consent is theirs to give ({@link #consent}).
     */
    public EntryAuthor addAuthor(String username, String fullName, LocalDate today) {
        requireChangeable(today);
        if (authors.stream().anyMatch(a -> a.getUsername().equals(username))) {
            throw new ContestRuleException("contests.entry.error.authorTwice", fullName);
        }
        if (authors.size() >= ContestSettings.MAX_TEAM) {
            throw new ContestRuleException("contests.entry.error.team", contest.getTeamMin(), contest.getTeamMax());
        }
        EntryAuthor author = new EntryAuthor(this, authors.size() + 1, username, fullName);
        authors.add(author);
        touched();
        return author;
    }

    public void removeAuthor(String username, LocalDate today) {
        requireChangeable(today);
        EntryAuthor author = author(username)
                .orElseThrow(() -> new ContestRuleException("contests.entry.error.authorUnknown"));
        requireStillComplete(form(), authors.size() - 1, files);
        authors.remove(author);
        for (int i = 0; i < authors.size(); i++) {
            authors.get(i).moveTo(i + 1);
        }
        touched();
    }

    /** The author agrees to the case's publication under their name (their own act, at any stage). */
    public void consent(String username, Instant at) {
        author(username).orElseThrow(() -> new ContestRuleException("contests.entry.error.notAuthor")).consent(at);
        touched();
    }

    /** The author takes their agreement back: the bank will not name them. */
    public void withdrawConsent(String username) {
        author(username).orElseThrow(() -> new ContestRuleException("contests.entry.error.notAuthor"))
                .withdrawConsent();
        touched();
    }

    /** A file added at the end (at most {@value #MAX_FILES}); a required file's name must be the contest's. */
    public EntryFile attach(EntryUpload upload, LocalDate today) {
        requireChangeable(today);
        if (files.size() >= MAX_FILES) {
            throw new ContestRuleException("contests.entry.error.files", MAX_FILES);
        }
        if (upload.requiredFile() != null && !contest.getRequiredFiles().contains(upload.requiredFile())) {
            throw new ContestRuleException("contests.entry.error.requiredFileUnknown", upload.requiredFile());
        }
        EntryFile file = new EntryFile(this, files.size() + 1, upload);
        files.add(file);
        touched();
        return file;
    }

    public void removeFile(long fileId, LocalDate today) {
        requireChangeable(today);
        EntryFile file = files.stream().filter(f -> Objects.equals(f.getId(), fileId)).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.entry.error.fileUnknown"));
        requireStillComplete(form(), authors.size(), files.stream().filter(f -> f != file).toList());
        files.remove(file);
        for (int i = 0; i < files.size(); i++) {
            files.get(i).moveTo(i + 1);
        }
        touched();
    }

    /**
     * Submits a draft, or a returned entry again: before the entries close (a returned one: by its completion
     * deadline), complete — every field and file the contest requires, a team of the allowed size. Every missing
     * thing is named at once.
     */
    public void submit(LocalDate today, Instant at) {
        if (state != EntryState.DRAFT && state != EntryState.RETURNED) {
            throw new ContestRuleException("contests.entry.error.notDraft");
        }
        requireChangeable(today);
        List<Texts.Phrase> problems = problems(form(), authors.size(), files);
        if (!problems.isEmpty()) {
            throw new ContestRuleException("contests.entry.error.incomplete", joined(problems));
        }
        state = EntryState.SUBMITTED;
        submittedAt = Objects.requireNonNull(at, "at");
        completionDue = null;
    }

    /**
     * What the entry would lack with this form, this many authors and these files: every required field and file,
     * and a team of the allowed size.
     */
    private List<Texts.Phrase> problems(CaseForm form, int authorCount, List<EntryFile> withFiles) {
        List<Texts.Phrase> problems = new ArrayList<>();
        for (String field : form.missing(contest.getRequiredFields())) {
            problems.add(new Texts.Phrase("contests.entry.incomplete.field",
                    new Texts.Phrase("contests.entry.field." + field)));
        }
        for (String required : contest.getRequiredFiles()) {
            if (withFiles.stream().noneMatch(f -> f.getRequiredFile().filter(required::equals).isPresent())) {
                problems.add(new Texts.Phrase("contests.entry.incomplete.file", required));
            }
        }
        if (authorCount < contest.getTeamMin() || authorCount > contest.getTeamMax()) {
            problems.add(new Texts.Phrase("contests.entry.incomplete.team", authorCount, contest.getTeamMin(),
                    contest.getTeamMax()));
        }
        return problems;
    }

    /** A submitted entry stays complete: a change that would take away what its submission needed is refused. */
    private void requireStillComplete(CaseForm form, int authorCount, List<EntryFile> withFiles) {
        if (state != EntryState.SUBMITTED) {
            return;
        }
        List<Texts.Phrase> problems = problems(form, authorCount, withFiles);
        if (!problems.isEmpty()) {
            throw new ContestRuleException("contests.entry.error.staysComplete", joined(problems));
        }
    }

    /** Problems joined into one phrase: "a; b; c". */
    private static Texts.Phrase joined(List<Texts.Phrase> problems) {
        Texts.Phrase joined = problems.get(problems.size() - 1);
        for (int i = problems.size() - 2; i >= 0; i--) {
            joined = new Texts.Phrase("contests.incomplete.and", problems.get(i), joined);
        }
        return joined;
    }

    /** The entrant withdraws the entry: a draft at any time, a submitted one until the eligibility check ends. */
    public void withdraw(LocalDate today) {
        if (state == EntryState.WITHDRAWN || state == EntryState.REFUSED) {
            throw new ContestRuleException("contests.entry.error.finished");
        }
        LocalDate last = contest.stages().eligibilityCheck();
        if (state != EntryState.DRAFT && last != null && today.isAfter(last)) {
            throw new ContestRuleException("contests.entry.error.withdrawLate", DAY.format(last));
        }
        state = EntryState.WITHDRAWN;
    }

    /** The organiser admits a submitted entry to judging. */
    public void admit(ChangeStamp by) {
        decided(EntryState.ADMITTED, null, null, by);
    }

    /** The organiser returns a submitted entry for completion (на доработку) with a reason, until a day. */
    public void returnForCompletion(String reason, LocalDate due, LocalDate today, ChangeStamp by) {
        if (due == null || due.isBefore(today)) {
            throw new ContestRuleException("contests.entry.error.completionDue");
        }
        LocalDate lastCheck = contest.stages().eligibilityCheck();
        if (lastCheck != null && due.isAfter(lastCheck)) {
            throw new ContestRuleException("contests.entry.error.completionAfterCheck", DAY.format(lastCheck));
        }
        decided(EntryState.RETURNED, requireReason(reason), due, by);
    }

    /** The organiser refuses a submitted entry with a reason. */
    public void refuse(String reason, ChangeStamp by) {
        decided(EntryState.REFUSED, requireReason(reason), null, by);
    }

    private void decided(EntryState decision, String reason, LocalDate due, ChangeStamp by) {
        if (state != EntryState.SUBMITTED) {
            throw new ContestRuleException("contests.entry.error.notSubmitted");
        }
        state = decision;
        decisionReason = reason;
        completionDue = due;
        decidedBy = by.username();
        decidedAt = by.at();
    }

    /**
     * Whether the draft's entrant is owed the reminder that entries close soon: still a draft, not reminded yet, and
     * today within the last {@value #REMIND_DAYS_BEFORE} days before the close (the last day included).
     */
    /**
     * The organiser's moderated decision on the entry the jury disagreed on, during judging; a newer decision
     * replaces it. It is kept here, apart from the jurors' sheets, which stay as submitted.
     */
    public void moderate(ru.portal500.contests.judging.ModeratedDecision decision) {
        contest.requireJudging();
        if (state != EntryState.ADMITTED) {
            throw new ContestRuleException("contests.review.error.notAdmitted", title);
        }
        if (decision.reason().length() > MAX_REASON) {
            throw new ContestRuleException("contests.review.error.reason", MAX_REASON);
        }
        this.moderatedTotal = decision.total();
        this.moderatedReason = decision.reason();
        this.moderatedBy = decision.decidedBy();
        this.moderatedAt = decision.decidedAt();
    }

    /** The moderated decision, if the organiser recorded one. */
    public java.util.Optional<ru.portal500.contests.judging.ModeratedDecision> moderation() {
        return moderatedTotal == null ? java.util.Optional.empty() : java.util.Optional.of(
                new ru.portal500.contests.judging.ModeratedDecision(moderatedBy, moderatedAt, moderatedTotal,
                        moderatedReason));
    }

    /** Whether the entry still waits for the organiser: submitted and unchecked, or being completed until its day. */
    public boolean awaitsEligibility(LocalDate today) {
        return state == EntryState.SUBMITTED
                || state == EntryState.RETURNED && completionDue != null && !today.isAfter(completionDue);
    }

    public boolean owesDeadlineReminder(LocalDate today) {
        LocalDate close = contest.stages().entriesClose();
        return state == EntryState.DRAFT && !deadlineReminded && close != null && !today.isAfter(close)
                && !today.isBefore(close.minusDays(REMIND_DAYS_BEFORE)) && contest.isTakingEntries(today);
    }

    /** The reminder was sent: not again. */
    public void remindedOfDeadline() {
        deadlineReminded = true;
    }

    private static String requireReason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > MAX_REASON) {
            throw new ContestRuleException("contests.entry.error.reason", MAX_REASON);
        }
        return clean;
    }

    /**
     * The form, authors and files change while the entry is open: a draft or a submitted entry until the entries
     * close, a returned one until its completion deadline.
     */
    public void requireChangeable(LocalDate today) {
        if (!state.isOpenToChange()) {
            throw new ContestRuleException("contests.entry.error.closedState",
                    new Texts.Phrase("EntryState." + state.name()));
        }
        if (state == EntryState.RETURNED) {
            if (completionDue != null && today.isAfter(completionDue)) {
                throw new ContestRuleException("contests.entry.error.completionLate", DAY.format(completionDue));
            }
            return;
        }
        contest.requireTakingEntries(today);
    }

    /** Whether the entrant may change it today (the page offers its form, authors and files). */
    public boolean isChangeable(LocalDate today) {
        try {
            requireChangeable(today);
            return true;
        } catch (ContestRuleException e) {
            return false;
        }
    }

    /** Its nomination was merged into another (open, of the same contest): the entry goes on there as it stands. */
    public void mergedInto(Nomination into) {
        if (!contest.getOpenNominations().contains(into)) {
            throw new ContestRuleException("contests.error.nominationUnknown");
        }
        nomination = into;
    }

    /**
     * Its nomination was cancelled: an entry still in the contest (submitted, returned or admitted) is refused with
     * the organiser's reason; a draft, a withdrawn or refused entry stays as it is.
     *
     * @return whether the entry was refused
     */
    public boolean nominationCancelled(String reason, ChangeStamp by) {
        if (!counts()) {
            return false;
        }
        state = EntryState.REFUSED;
        decisionReason = requireReason(reason);
        completionDue = null;
        decidedBy = by.username();
        decidedAt = by.at();
        return true;
    }

    /** Whether the entry counts towards its nomination's minimum: submitted, returned or admitted. */
    public boolean counts() {
        return state == EntryState.SUBMITTED || state == EntryState.RETURNED || state == EntryState.ADMITTED;
    }

    private Nomination ownNomination(Nomination candidate) {
        if (candidate == null || !contest.getOpenNominations().contains(candidate)) {
            throw new ContestRuleException("contests.error.nominationUnknown");
        }
        return candidate;
    }

    private Optional<EntryAuthor> author(String username) {
        return authors.stream().filter(a -> a.getUsername().equals(username)).findFirst();
    }

    private void touched() {
        edited = !edited;
    }

    public CaseForm form() {
        SortedSet<Integer> factors = new TreeSet<>();
        Arrays.stream(riskFactors.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf).forEach(factors::add);
        return new CaseForm(title, problem, factors, level, subject, summary,
                links.isBlank() ? List.of() : List.of(links.split("\n")));
    }

    public boolean isAuthor(String username) {
        return author(username).isPresent();
    }

    public Scope school() {
        return Scope.parse(schoolPath);
    }

    public Long getId() {
        return id;
    }

    public Contest getContest() {
        return contest;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public EntrantKind getKind() {
        return kind;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getEntrant() {
        return entrant;
    }

    public String getEntrantName() {
        return entrantName;
    }

    public String getTitle() {
        return title;
    }

    public EntryState getState() {
        return state;
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> getDecisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<LocalDate> getCompletionDue() {
        return Optional.ofNullable(completionDue);
    }

    public Optional<String> getDecidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EntryAuthor> getAuthors() {
        return List.copyOf(authors);
    }

    public List<EntryFile> getFiles() {
        return List.copyOf(files);
    }

    public long getVersion() {
        return version;
    }
}
