package ru.portal500.contests.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.portal500.contests.application.ContestHistories;
import ru.portal500.contests.application.Contests;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.ContestStages;
import ru.portal500.contests.domain.EntryField;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.TieBreakSteps;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.web.FacesMessages;
import ru.portal500.shared.web.Formats;
import ru.portal500.shared.web.HistoryCsv;
import ru.portal500.shared.web.LanguageBacking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Page {@code /app/contest.xhtml?id=3}: one contest for its organiser — its terms, nominations, stages' days, the
 * call's publication and the history. Each change names the version the page read; when another organiser changed
 * the contest meanwhile, the page says so and keeps what was typed.
 */
@Named
@ViewScoped
public class ContestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contests contests;

    @Inject
    FacesMessages messages;

    @Inject
    Formats formats;

    @Inject
    LanguageBacking language;

    @Inject
    ru.portal500.documents.storage.DocumentStorage storage;

    private String id;
    private long contestId;
    private long version;
    private transient Contest contest;
    private transient List<ChecklistVersion> checklists;
    private transient List<HistoryLine> history;
    private final SettingsForm settings = new SettingsForm();
    private LocalDate[] days = new LocalDate[6];
    private List<NominationRow> nominations = new ArrayList<>();
    private String newNomination;
    private Long newChecklist;

    /** A nomination as the page edits it. */
    public static final class NominationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private String title;
        private Long checklist;

        /** What became of a merged or cancelled nomination, in the reader's words; null while it is open. */
        private final String closed;

        NominationRow(Nomination n, java.util.Locale reader) {
            this.id = n.getId();
            this.title = n.getTitle();
            this.checklist = n.getChecklist() == null ? null : n.getChecklist().getId();
            ru.portal500.shared.i18n.Texts.Phrase said = n.isOpen() ? null
                    : ru.portal500.contests.application.NominationClosures.said(n);
            this.closed = said == null ? null : ru.portal500.shared.i18n.Texts.get(reader, said.key(), said.arguments());
        }

        public String getClosed() {
            return closed;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getChecklist() {
            return checklist;
        }

        public void setChecklist(Long checklist) {
            this.checklist = checklist;
        }
    }

    public void load() {
        try {
            contestId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchResourceException();
        }
        reload();
    }

    private void reload() {
        contest = contests.contest(contestId);
        version = contest.getVersion();
        settings.read(contest.settings());
        ContestStages stages = contest.stages();
        days = new LocalDate[] {stages.callPublished(), stages.entriesOpen(), stages.entriesClose(),
                stages.eligibilityCheck(), stages.judging(), stages.results()};
        nominations = new ArrayList<>(contest.getNominations().stream()
                .map(n -> new NominationRow(n, language.getLocale())).toList());
        history = null;
        tieBreakChoices = null;
    }

    private Contest contest() {
        if (contest == null) {
            contest = contests.contest(contestId);
        }
        return contest;
    }

    private void done(boolean succeeded) {
        if (succeeded) {
            reload();
        }
    }

    public void saveSettings() {
        done(messages.run(() -> contests.change(contestId, settings.settings(), version), "contests.saved"));
    }

    public void saveStages() {
        done(messages.run(() -> contests.reschedule(contestId, new ContestStages(days[0], days[1], days[2], days[3],
                days[4], days[5]), version), "contests.stages.saved"));
    }

    public void addNomination() {
        if (messages.run(() -> contests.addNomination(contestId, newNomination, newChecklist, version),
                "contests.nomination.added")) {
            newNomination = null;
            newChecklist = null;
            reload();
        }
    }

    public void saveNomination(NominationRow row) {
        // An emptied field arrives as null, which the service reads as "keep the title": on the page it is a rename
        // to nothing, refused in words.
        String title = row.title == null ? "" : row.title;
        done(messages.run(() -> contests.changeNomination(contestId, row.id, title, row.checklist, version),
                "contests.nomination.changed"));
    }

    public void removeNomination(NominationRow row) {
        done(messages.run(() -> contests.removeNomination(contestId, row.id, version), "contests.nomination.removed"));
    }

    public void uploadRegulations(FileUploadEvent event) {
        done(messages.run(() -> {
            try (InputStream in = event.getFile().getInputStream()) {
                contests.attachRegulations(contestId, event.getFile().getFileName(), in, version);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "contests.regulations.uploaded"));
    }

    public void publish() {
        done(messages.run(() -> contests.publishCall(contestId, version), "contests.published"));
    }

    public StreamedContent getHistoryCsv() {
        Locale reader = language.getLocale();
        byte[] csv = HistoryCsv.of(ContestHistories.lines(contests.history(contestId), reader), reader, formats.zone());
        return DefaultStreamedContent.builder().name(ContestHistories.fileName(contestId, reader) + ".csv")
                .contentType("text/csv; charset=UTF-8").stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** The regulations' file as the organiser downloads it from the page. */
    public StreamedContent getRegulationsFile() {
        ru.portal500.contests.domain.Regulations file = contests.regulations(contestId);
        return DefaultStreamedContent.builder().name(file.fileName())
                .contentType(storage.contentType(file.sha256(), file.mediaType()))
                .stream(() -> contests.open(file)).build();
    }

    public List<HistoryLine> getHistory() {
        if (history == null) {
            history = ContestHistories.lines(contests.history(contestId), language.getLocale());
        }
        return history;
    }

    public List<ChecklistVersion> getChecklists() {
        if (checklists == null) {
            checklists = contests.checklists(contest().getId());
        }
        return checklists;
    }

    /** The zone label of the contest's region ("МСК+1"): its stages' days are days of that calendar. */
    public String getZoneLabel() {
        return Formats.zoneLabel(contest().getRegion().getTimeZone(), Instant.now(), language.getLocale());
    }

    /** The steps the tie-break chain may take after the total, in words. */
    public List<TieBreakChoices.Choice> getTieBreakChoices() {
        if (tieBreakChoices == null) {
            tieBreakChoices = TieBreakChoices.of(contest(), settings.chain(), language.getLocale());
        }
        return tieBreakChoices;
    }

    private transient List<TieBreakChoices.Choice> tieBreakChoices;

    public String getTieBreakInWords() {
        return ContestHistories.tieBreak(contest().getTieBreak(), language.getLocale());
    }

    public List<EntryField> getEntryFields() {
        return List.of(EntryField.values());
    }

    public Contest getContest() {
        return contest();
    }

    public boolean isDraft() {
        return contest().getState() == ru.portal500.contests.domain.ContestState.DRAFT;
    }

    public SettingsForm getSettings() {
        return settings;
    }

    public LocalDate[] getDays() {
        return days;
    }

    public List<NominationRow> getNominations() {
        return nominations;
    }

    public String getNewNomination() {
        return newNomination;
    }

    public void setNewNomination(String newNomination) {
        this.newNomination = newNomination;
    }

    public Long getNewChecklist() {
        return newChecklist;
    }

    public void setNewChecklist(Long newChecklist) {
        this.newChecklist = newChecklist;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The settings as the form edits them. */
    /** How many steps after the total the form offers for the tie-break chain. */
    static final int TIE_BREAK_STEPS = 3;

    public static final class SettingsForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String description;
        private boolean openToCampaign;
        private boolean openToRegion;
        private boolean openToTeachers;
        private int teamMin;
        private int teamMax;
        private EntryField[] requiredFields = new EntryField[0];
        private String requiredFiles;
        private int minEntries;
        private boolean blind;
        private int reviewsPerEntry;
        private int divergencePoints;
        /** The chain's steps after the total (which always comes first), as many as the form offers. */
        private String[] tieBreak = new String[TIE_BREAK_STEPS];
        private boolean normalisedRanking;

        void read(ContestSettings s) {
            title = s.title();
            description = s.description();
            openToCampaign = s.openToCampaign();
            openToRegion = s.openToRegion();
            openToTeachers = s.openToTeachers();
            teamMin = s.teamMin();
            teamMax = s.teamMax();
            requiredFields = s.requiredFields().stream().sorted().toArray(EntryField[]::new);
            requiredFiles = String.join("\n", s.requiredFiles());
            minEntries = s.minEntries();
            blind = s.blind();
            reviewsPerEntry = s.reviewsPerEntry();
            divergencePoints = s.divergencePoints();
            List<String> codes = s.tieBreak().codes();
            tieBreak = new String[TIE_BREAK_STEPS];
            int from = !codes.isEmpty() && codes.get(0).equals(TieBreakSteps.TOTAL) ? 1 : 0;
            for (int i = from; i < codes.size() && i - from < TIE_BREAK_STEPS; i++) {
                tieBreak[i - from] = codes.get(i);
            }
            normalisedRanking = s.normalisedRanking();
        }

        ContestSettings settings() {
            return new ContestSettings(title, description, openToCampaign, openToRegion, openToTeachers, teamMin,
                    teamMax, requiredFields.length == 0 ? EnumSet.noneOf(EntryField.class) : EnumSet.copyOf(Arrays.asList(requiredFields)),
                    requiredFiles == null ? List.of() : Arrays.asList(requiredFiles.split("\\R")), minEntries, blind,
                    reviewsPerEntry, divergencePoints,
                    new TieBreakSteps(chain()),
                    normalisedRanking);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public boolean isOpenToCampaign() {
            return openToCampaign;
        }

        public void setOpenToCampaign(boolean openToCampaign) {
            this.openToCampaign = openToCampaign;
        }

        public boolean isOpenToRegion() {
            return openToRegion;
        }

        public void setOpenToRegion(boolean openToRegion) {
            this.openToRegion = openToRegion;
        }

        public boolean isOpenToTeachers() {
            return openToTeachers;
        }

        public void setOpenToTeachers(boolean openToTeachers) {
            this.openToTeachers = openToTeachers;
        }

        public int getTeamMin() {
            return teamMin;
        }

        public void setTeamMin(int teamMin) {
            this.teamMin = teamMin;
        }

        public int getTeamMax() {
            return teamMax;
        }

        public void setTeamMax(int teamMax) {
            this.teamMax = teamMax;
        }

        public EntryField[] getRequiredFields() {
            return requiredFields.clone();
        }

        public void setRequiredFields(EntryField[] requiredFields) {
            this.requiredFields = requiredFields == null ? new EntryField[0] : requiredFields.clone();
        }

        public String getRequiredFiles() {
            return requiredFiles;
        }

        public void setRequiredFiles(String requiredFiles) {
            this.requiredFiles = requiredFiles;
        }

        public int getMinEntries() {
            return minEntries;
        }

        public void setMinEntries(int minEntries) {
            this.minEntries = minEntries;
        }

        public boolean isNormalisedRanking() {
            return normalisedRanking;
        }

        public void setNormalisedRanking(boolean normalisedRanking) {
            this.normalisedRanking = normalisedRanking;
        }

        public boolean isBlind() {
            return blind;
        }

        public void setBlind(boolean blind) {
            this.blind = blind;
        }

        public int getReviewsPerEntry() {
            return reviewsPerEntry;
        }

        public void setReviewsPerEntry(int reviewsPerEntry) {
            this.reviewsPerEntry = reviewsPerEntry;
        }

        public int getDivergencePoints() {
            return divergencePoints;
        }

        public void setDivergencePoints(int divergencePoints) {
            this.divergencePoints = divergencePoints;
        }

        /** The total, then the steps chosen, in order (an empty choice is skipped). */
        List<String> chain() {
            List<String> codes = new ArrayList<>(List.of(TieBreakSteps.TOTAL));
            Arrays.stream(tieBreak).filter(code -> code != null && !code.isBlank()).forEach(codes::add);
            return codes;
        }

        public String[] getTieBreak() {
            return tieBreak;
        }
    }
}
