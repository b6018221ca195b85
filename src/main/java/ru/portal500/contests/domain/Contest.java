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
import ru.portal500.contests.judging.NominationQuota;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.Scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A contest of methodological cases of a region and school year: its call (title, description, who may enter,
 * team size, required fields and files), its nominations, its stages with days of the region's calendar, how it
 * is judged, and its state. Tenant data of its region: another region's contest is not found. Its organisers
 * change it through these intent methods only; a change of the nomination list changes the contest's version
 * too, so two organisers editing the list at once cannot both win.
 */
@Entity
@Table(name = "contest")
@AdditionalCriteria("this.region.code IN :scopeRegions")
public class Contest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", nullable = false, updatable = false)
    private Region region;

    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Column(nullable = false, length = ContestSettings.MAX_TITLE)
    private String title;

    @Column(length = ContestSettings.MAX_DESCRIPTION)
    private String description;

    @Column(name = "open_to_campaign", nullable = false)
    private boolean openToCampaign;

    @Column(name = "open_to_region", nullable = false)
    private boolean openToRegion;

    @Column(name = "open_to_teachers", nullable = false)
    private boolean openToTeachers;

    @Column(name = "team_min", nullable = false)
    private int teamMin;

    @Column(name = "team_max", nullable = false)
    private int teamMax;

    @Column(name = "required_fields", nullable = false, length = 500)
    private String requiredFields = "";

    @Column(name = "required_files", nullable = false, length = 2000)
    private String requiredFiles = "";

    @Column(name = "min_entries", nullable = false)
    private int minEntries;

    @Column(nullable = false)
    private boolean blind;

    @Column(name = "reviews_per_entry", nullable = false)
    private int reviewsPerEntry;

    @Column(name = "divergence_points", nullable = false)
    private int divergencePoints;

    @Column(name = "tie_break", nullable = false, length = 1000)
    private String tieBreak;

    @Column(name = "normalised_ranking", nullable = false)
    private boolean normalisedRanking;

    @Column(name = "regulations_sha256", length = 64)
    private String regulationsSha256;

    @Column(name = "regulations_name")
    private String regulationsName;

    @Column(name = "regulations_type", length = 100)
    private String regulationsType;

    @Column(name = "regulations_size")
    private Long regulationsSize;

    @Column(name = "call_published_on")
    private LocalDate callPublishedOn;

    @Column(name = "entries_open_on")
    private LocalDate entriesOpenOn;

    @Column(name = "entries_close_on")
    private LocalDate entriesCloseOn;

    @Column(name = "eligibility_until")
    private LocalDate eligibilityUntil;

    @Column(name = "judging_until")
    private LocalDate judgingUntil;

    @Column(name = "results_on")
    private LocalDate resultsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ContestState state = ContestState.DRAFT;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "contest", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Nomination> nominations = new ArrayList<>();

    /** Flipped by every change of the nomination list, so that the contest's row (and its version) is written. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "judging_opened_at")
    private Instant judgingOpenedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "results_confirmed_at")
    private Instant resultsConfirmedAt;

    @Column(name = "results_confirmed_by")
    private String resultsConfirmedBy;

    @Column(name = "results_confirmed_name")
    private String resultsConfirmedName;

    @Column(name = "protocol_sha256", length = 64)
    private String protocolSha256;

    @Column(name = "protocol_size")
    private Long protocolSize;

    @Column(name = "nominations_edited", nullable = false)
    private boolean nominationsEdited;

    @Version
    private long version;

    protected Contest() {
    }

    /** A new contest, a draft of its organisers. */
    public Contest(Region region, int schoolYear, ContestSettings settings, ChangeStamp by) {
        this.region = Objects.requireNonNull(region, "region");
        if (schoolYear < 2000 || schoolYear > 2100) {
            throw new ContestRuleException("contests.error.schoolYear");
        }
        this.schoolYear = schoolYear;
        this.createdBy = by.username();
        this.createdAt = by.at();
        apply(settings);
    }

    /** New settings; only until entries are taken (the judging's rules are fixed before the first entry). */
    public void change(ContestSettings settings) {
        requireBeforeEntries();
        apply(settings);
    }

    private void apply(ContestSettings settings) {
        this.title = settings.title();
        this.description = settings.description();
        this.openToCampaign = settings.openToCampaign();
        this.openToRegion = settings.openToRegion();
        this.openToTeachers = settings.openToTeachers();
        this.teamMin = settings.teamMin();
        this.teamMax = settings.teamMax();
        this.requiredFields = settings.requiredFields().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(","));
        this.requiredFiles = String.join("\n", settings.requiredFiles());
        this.minEntries = settings.minEntries();
        this.blind = settings.blind();
        this.reviewsPerEntry = settings.reviewsPerEntry();
        this.divergencePoints = settings.divergencePoints();
        this.tieBreak = settings.tieBreak().stored();
        this.normalisedRanking = settings.normalisedRanking();
    }

    /** New days of the stages; a published call keeps every day set. */
    public void reschedule(ContestStages stages) {
        requireBeforeResults();
        if (state != ContestState.DRAFT && !stages.missing().isEmpty()) {
            throw new ContestRuleException("contests.error.stageRequired", phrase(stages.missing().get(0)));
        }
        callPublishedOn = stages.callPublished();
        entriesOpenOn = stages.entriesOpen();
        entriesCloseOn = stages.entriesClose();
        eligibilityUntil = stages.eligibilityCheck();
        judgingUntil = stages.judging();
        resultsOn = stages.results();
    }

    /** The regulations (положение о конкурсе) as a stored file; a newer one replaces it until the results. */
    public void attachRegulations(Regulations regulations) {
        requireBeforeResults();
        Objects.requireNonNull(regulations, "regulations");
        regulationsSha256 = regulations.sha256();
        regulationsName = regulations.fileName();
        regulationsType = regulations.mediaType();
        regulationsSize = regulations.size();
    }

    /** The regulations' file, if one is attached. */
    public java.util.Optional<Regulations> regulations() {
        return regulationsSha256 == null ? java.util.Optional.empty() : java.util.Optional.of(new Regulations(
                regulationsSha256, regulationsName, regulationsType, regulationsSize));
    }

    /** A nomination added at the end of the list, scored with the checklist if one is given. */
    public Nomination addNomination(String nominationTitle, ChecklistVersion checklist) {
        requireNominationsEditable();
        String clean = Nomination.requireTitle(nominationTitle);
        requireUniqueTitle(clean, null);
        requireRegionOf(checklist);
        Nomination nomination = new Nomination(this, nominations.size() + 1, clean, checklist);
        nominations.add(nomination);
        touched();
        return nomination;
    }

    public void renameNomination(Nomination nomination, String newTitle) {
        requireNominationsEditable();
        requireOwn(nomination);
        requireOpen(nomination);
        String clean = Nomination.requireTitle(newTitle);
        requireUniqueTitle(clean, nomination);
        nomination.rename(clean);
        touched();
    }

    /** The checklist the nomination's entries are scored with, or none yet; fixed once judging opens. */
    public void scoreNominationWith(Nomination nomination, ChecklistVersion checklist) {
        requireBeforeJudging();
        requireOwn(nomination);
        requireOpen(nomination);
        requireRegionOf(checklist);
        nomination.scoreWith(checklist);
        touched();
    }

    public void removeNomination(Nomination nomination) {
        requireNominationsEditable();
        requireOwn(nomination);
        requireOpen(nomination);
        nominations.remove(nomination);
        for (int i = 0; i < nominations.size(); i++) {
            nominations.get(i).moveTo(i + 1);
        }
        touched();
    }

    /**
     * Merges a nomination with fewer entries than the contest's minimum into another open nomination of the contest,
     * or cancels it ({@code into} null), with a reason: only between the close of entries and the opening of judging
     * (the rules of {@link NominationQuota}). What becomes of its entries is the caller's to do.
     *
     * @param entries the nomination's entries that count (submitted, returned or admitted)
     */
    public NominationQuota.NominationClosure closeNomination(Nomination nomination, Nomination into, int entries,
                                                             String reason, LocalDate today, ChangeStamp by) {
        requireOwn(nomination);
        if (state == ContestState.JUDGING || state == ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.quota.error.judging");
        }
        if (state == ContestState.DRAFT || entriesCloseOn == null || !entriesCloseOn.isBefore(today)) {
            throw new ContestRuleException("contests.quota.error.entriesOpen", entriesCloseOn == null ? "—"
                    : java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(entriesCloseOn));
        }
        if (!nomination.isOpen()) {
            throw new ContestRuleException("contests.quota.error.closed", nomination.getTitle());
        }
        NominationQuota quota = new NominationQuota(minEntries);
        NominationQuota.NominationClosure decision;
        if (into == null) {
            decision = quota.cancel(nomination.getId(), entries, reason, by.username(), by.at());
        } else {
            requireOwn(into);
            if (!into.isOpen()) {
                throw new ContestRuleException("contests.quota.error.closed", into.getTitle());
            }
            decision = quota.merge(nomination.getId(), entries, into.getId(), reason, by.username(), by.at());
        }
        nomination.close(decision, into);
        touched();
        return decision;
    }

    /** The nominations taking part: neither merged into another nor cancelled. */
    public List<Nomination> getOpenNominations() {
        return nominations.stream().filter(Nomination::isOpen).toList();
    }

    /**
     * Publishes the call: only a draft, only complete — at least one nomination, every later stage's day set (the
     * call's own day becomes today, and entries may not open before it) and entries not closed already. Every
     * missing thing is named at once.
     */
    public void publishCall(LocalDate today) {
        if (state != ContestState.DRAFT) {
            throw new ContestRuleException("contests.error.alreadyPublished");
        }
        List<Texts.Phrase> problems = new ArrayList<>();
        if (nominations.isEmpty()) {
            problems.add(new Texts.Phrase("contests.incomplete.nominations"));
        }
        ContestStages stages = stages();
        stages.missing().stream().filter(stage -> stage != ContestStage.CALL_PUBLISHED)
                .forEach(stage -> problems.add(new Texts.Phrase("contests.incomplete.stage", phrase(stage))));
        if (stages.entriesClose() != null && stages.entriesClose().isBefore(today)) {
            problems.add(new Texts.Phrase("contests.incomplete.closed",
                    java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(stages.entriesClose())));
        }
        if (!problems.isEmpty()) {
            throw new ContestRuleException("contests.error.incomplete", listed(problems));
        }
        reschedule(new ContestStages(today, stages.entriesOpen(), stages.entriesClose(), stages.eligibilityCheck(),
                stages.judging(), stages.results()));
        state = ContestState.CALL_PUBLISHED;
    }

    /**
     * Refuses unless the contest takes entries today (a day of the region's calendar): its call is published and
     * today is between the first and the last day of entries, both included (the last until midnight in the region's
     * time zone). The refusal names the day.
     */
    public void requireTakingEntries(LocalDate today) {
        if (state == ContestState.DRAFT) {
            throw new ContestRuleException("contests.entry.error.notPublished");
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        if (state != ContestState.CALL_PUBLISHED && state != ContestState.ENTRIES_OPEN
                || entriesCloseOn != null && today.isAfter(entriesCloseOn)) {
            throw new ContestRuleException("contests.entry.error.closed",
                    entriesCloseOn == null ? "" : day.format(entriesCloseOn), region.getTimeZone().getId());
        }
        if (entriesOpenOn != null && today.isBefore(entriesOpenOn)) {
            throw new ContestRuleException("contests.entry.error.notOpen", day.format(entriesOpenOn));
        }
    }

    /** Whether the contest takes entries today (see {@link #requireTakingEntries}). */
    public boolean isTakingEntries(LocalDate today) {
        try {
            requireTakingEntries(today);
            return true;
        } catch (ContestRuleException e) {
            return false;
        }
    }

    /**
     * Opens judging: the entries have closed (a day of the region's calendar after their last one), the organiser
     * has decided on every entry ({@code undecided} counts those still waiting for the eligibility check or being
     * completed) and every nomination has its checklist. From now on the checklists are fixed, so the tie-break chain
     * ranks with what the jury scored. Every missing thing is named at once.
     */
    public void openJudging(LocalDate today, int undecided, Instant at) {
        if (state == ContestState.DRAFT) {
            throw new ContestRuleException("contests.entry.error.notPublished");
        }
        if (state == ContestState.JUDGING || state == ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.judging.error.alreadyOpen");
        }
        List<Texts.Phrase> problems = new ArrayList<>();
        if (entriesCloseOn != null && !today.isAfter(entriesCloseOn)) {
            problems.add(new Texts.Phrase("contests.judging.incomplete.entriesOpen",
                    java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(entriesCloseOn)));
        }
        if (undecided > 0) {
            problems.add(new Texts.Phrase("contests.judging.incomplete.undecided", undecided));
        }
        getOpenNominations().stream().filter(n -> n.getChecklist() == null).forEach(n ->
                problems.add(new Texts.Phrase("contests.judging.incomplete.checklist", n.getTitle())));
        if (!problems.isEmpty()) {
            throw new ContestRuleException("contests.judging.error.cannotOpen", listed(problems));
        }
        state = ContestState.JUDGING;
        judgingOpenedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Publishes the results the organiser confirmed: the protocol frozen as PDF is kept by its SHA-256 and size,
     * and the contest is finished (its per-contest roles lapse).
     */
    public void publishResults(String sha256, long size, ChangeStamp by) {
        requireJudging();
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 in hex: " + sha256);
        }
        this.protocolSha256 = sha256;
        this.protocolSize = size;
        this.resultsConfirmedAt = by.at();
        this.resultsConfirmedBy = by.username();
        this.resultsConfirmedName = by.name();
        this.state = ContestState.RESULTS_PUBLISHED;
    }

    /** The frozen protocol's file, once the results are published. */
    public java.util.Optional<Regulations> protocol() {
        return protocolSha256 == null ? java.util.Optional.empty() : java.util.Optional.of(new Regulations(
                protocolSha256, "protocol-" + id + ".pdf", "application/pdf", protocolSize));
    }

    public Instant getResultsConfirmedAt() {
        return resultsConfirmedAt;
    }

    public String getResultsConfirmedName() {
        return resultsConfirmedName;
    }

    public String getProtocolSha256() {
        return protocolSha256;
    }

    /** Refuses unless the contest is being judged (opened, results not yet published). */
    public void requireJudging() {
        if (state != ContestState.JUDGING) {
            throw new ContestRuleException(state == ContestState.RESULTS_PUBLISHED ? "contests.error.finished"
                    : "contests.judging.error.notOpen");
        }
    }

    public boolean isJudging() {
        return state == ContestState.JUDGING;
    }

    /** Problems joined into one phrase: "a; b; c". */
    private static Texts.Phrase listed(List<Texts.Phrase> problems) {
        Texts.Phrase joined = problems.get(problems.size() - 1);
        for (int i = problems.size() - 2; i >= 0; i--) {
            joined = new Texts.Phrase("contests.incomplete.and", problems.get(i), joined);
        }
        return joined;
    }

    private static Texts.Phrase phrase(ContestStage stage) {
        return new Texts.Phrase("ContestStage." + stage.name());
    }

    private void requireOwn(Nomination nomination) {
        if (nomination == null || !nominations.contains(nomination)) {
            throw new ContestRuleException("contests.error.nominationUnknown");
        }
    }

    /** A merged or cancelled nomination stays as it was decided: for the history and the public page. */
    private static void requireOpen(Nomination nomination) {
        if (!nomination.isOpen()) {
            throw new ContestRuleException("contests.quota.error.closed", nomination.getTitle());
        }
    }

    private void requireUniqueTitle(String candidate, Nomination except) {
        String key = candidate.toLowerCase(Locale.ROOT);
        if (nominations.stream().anyMatch(n -> n != except && n.getTitle().toLowerCase(Locale.ROOT).equals(key))) {
            throw new ContestRuleException("contests.error.nominationTwice", candidate);
        }
    }

    private void requireRegionOf(ChecklistVersion checklist) {
        if (checklist != null && !checklist.getRegion().getCode().equals(region.getCode())) {
            throw new ContestRuleException("contests.error.checklistRegion");
        }
    }

    /** Nominations change until entries are taken (entries name their nomination). */
    public void requireNominationsEditable() {
        if (!isBeforeEntries()) {
            throw new ContestRuleException("contests.error.nominationsFixed");
        }
    }

    /** Whether entries have not opened yet: the settings and the list of nominations may still change. */
    public boolean isBeforeEntries() {
        return state == ContestState.DRAFT || state == ContestState.CALL_PUBLISHED;
    }

    /** Whether judging has not opened yet: a nomination's checklist may still change. */
    public boolean isBeforeJudging() {
        return state != ContestState.JUDGING && state != ContestState.RESULTS_PUBLISHED;
    }

    private void requireBeforeEntries() {
        if (!isBeforeEntries()) {
            throw new ContestRuleException("contests.error.settingsFixed");
        }
    }

    private void requireBeforeJudging() {
        if (!isBeforeJudging()) {
            throw new ContestRuleException("contests.error.checklistFixed");
        }
    }

    private void requireBeforeResults() {
        if (state == ContestState.RESULTS_PUBLISHED) {
            throw new ContestRuleException("contests.error.finished");
        }
    }

    /** A change of the nomination list alone is a change of the contest: its version moves on. */
    private void touched() {
        nominationsEdited = !nominationsEdited;
    }

    public Scope scope() {
        return Scope.ofRegion(region.getCode());
    }

    public ContestSettings settings() {
        return new ContestSettings(title, description, openToCampaign, openToRegion, openToTeachers, teamMin, teamMax,
                getRequiredFields(), getRequiredFiles(), minEntries, blind, reviewsPerEntry, divergencePoints,
                getTieBreak(), normalisedRanking);
    }

    public ContestStages stages() {
        return new ContestStages(callPublishedOn, entriesOpenOn, entriesCloseOn, eligibilityUntil, judgingUntil,
                resultsOn);
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public int getSchoolYear() {
        return schoolYear;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isOpenToCampaign() {
        return openToCampaign;
    }

    public boolean isOpenToRegion() {
        return openToRegion;
    }

    public boolean isOpenToTeachers() {
        return openToTeachers;
    }

    public int getTeamMin() {
        return teamMin;
    }

    public int getTeamMax() {
        return teamMax;
    }

    public Set<EntryField> getRequiredFields() {
        Set<EntryField> fields = EnumSet.noneOf(EntryField.class);
        Arrays.stream(requiredFields.split(",")).filter(s -> !s.isBlank()).map(EntryField::valueOf).forEach(fields::add);
        return fields;
    }

    public List<String> getRequiredFiles() {
        return requiredFiles.isBlank() ? List.of() : List.of(requiredFiles.split("\n"));
    }

    public int getMinEntries() {
        return minEntries;
    }

    public boolean isBlind() {
        return blind;
    }

    public int getReviewsPerEntry() {
        return reviewsPerEntry;
    }

    public int getDivergencePoints() {
        return divergencePoints;
    }

    public TieBreakSteps getTieBreak() {
        return TieBreakSteps.ofStored(tieBreak);
    }

    /** Whether the entries are ranked by the jurors' normalised scores (z-scores) rather than the raw mean. */
    public boolean isNormalisedRanking() {
        return normalisedRanking;
    }

    public ContestState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Nomination> getNominations() {
        return List.copyOf(nominations);
    }

    public Instant getJudgingOpenedAt() {
        return judgingOpenedAt;
    }

    public long getVersion() {
        return version;
    }
}
