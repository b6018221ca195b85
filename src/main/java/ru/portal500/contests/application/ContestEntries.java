package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.CaseForm;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestEntry;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.Entrant;
import ru.portal500.contests.domain.EntrantKind;
import ru.portal500.contests.domain.EntryEligibility;
import ru.portal500.contests.domain.EntryFile;
import ru.portal500.contests.domain.EntryState;
import ru.portal500.contests.domain.EntryUpload;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.contests.infrastructure.EntryRepository;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.people.application.PersonRecords;
import ru.portal500.registry.application.CampaignRecords;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.ConcurrentChangeException;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.shared.files.FileNames;
import ru.portal500.tenancy.application.Territories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entries of contests, one use case per method: an entrant opens a draft in a nomination, fills the case form,
 * names the authors (people of the entering school), attaches files (the documents' formats, limits and
 * hostile-file rules), submits before the entries close, changes it until then and may withdraw it; each author
 * gives or takes back their consent to publication; the contest's organisers check each submitted entry — admit,
 * return for completion with a reason and a deadline, or refuse with a reason — and the entrant is told. Every
 * step an organiser sees is in the contest's history.
 */
@ApplicationScoped
public class ContestEntries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    EntryAccess access;

    @Inject
    ContestAccess contestAccess;

    @Inject
    AccessGuard guard;

    @Inject
    Contests contests;

    @Inject
    ContestRepository contestRepository;

    @Inject
    EntryRepository entries;

    @Inject
    DocumentStorage storage;

    @Inject
    PersonRecords people;

    @Inject
    CampaignRecords campaigns;

    @Inject
    Territories territories;

    @Inject
    ru.portal500.registry.application.RiskFactorCatalogues catalogues;

    @Inject
    EntrantNotices notices;

    @Inject
    EntryFiles sameFiles;

    @Inject
    Event<EntrySubmitted> submitted;

    /** An entry was submitted (first or again after its return): its text is what the organisers will check. */
    public record EntrySubmitted(long entryId) {
    }

    /** The entrants the caller may enter the published contest as, each admitted by its call. */
    @Transactional
    public List<Entrant> entrantsFor(long contestId) {
        Contest contest = contests.published(contestId);
        return access.entrantsFor(contest).stream().filter(e -> admits(contest, e)).toList();
    }

    /** A contest taking entries today and whom the caller may enter it as. */
    public record OpenContest(Contest contest, List<Entrant> entrants) {
    }

    /** The contests of the caller's regions that take entries today and admit one of the caller's entrants. */
    @Transactional
    public List<OpenContest> openToMe() {
        List<OpenContest> open = new ArrayList<>();
        for (String region : guard.caller().regions()) {
            for (Contest contest : contestRepository.published(region)) {
                if (contest.isTakingEntries(contestAccess.today(contest))) {
                    List<Entrant> entrants = access.entrantsFor(contest).stream().filter(e -> admits(contest, e))
                            .toList();
                    if (!entrants.isEmpty()) {
                        contest.getNominations().size();
                        open.add(new OpenContest(contest, entrants));
                    }
                }
            }
        }
        return open;
    }

    /** A new draft of the caller as the entrant (a school they are the team of, or themselves as its teacher). */
    @Transactional
    public ContestEntry open(long contestId, long schoolId, EntrantKind kind, long nominationId, String title) {
        Contest contest = contests.published(contestId);
        Entrant entrant = access.entrantsFor(contest).stream()
                .filter(e -> e.schoolId() == schoolId && e.kind() == kind).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.entry.error.notEntrant"));
        EntryEligibility.require(contest.settings(), kind, campaignSchool(contest, entrant));
        ContestEntry entry = new ContestEntry(contest, nomination(contest, nominationId), entrant,
                CaseForm.titled(title), contestAccess.today(contest), contestAccess.stamp().at());
        if (kind == EntrantKind.TEACHER) {
            entry.addAuthor(entrant.username(), entrant.fullName(), contestAccess.today(contest));
        }
        return entries.add(entry);
    }

    /** The caller's entries: opened by them, of their school's team, or naming them as an author. */
    @Transactional
    public List<ContestEntry> mine() {
        List<ContestEntry> mine = entries.ofEntrant(guard.caller().getUsername(), access.teamSchools());
        mine.forEach(e -> e.getNomination().getTitle());
        return mine;
    }

    /** An entry the caller may read, with its nomination, authors and files loaded. */
    @Transactional
    public ContestEntry entry(long id) {
        return loaded(access.entryToRead(id));
    }

    /** The caller's login. */
    public String caller() {
        return guard.caller().getUsername();
    }

    /** Whether the caller speaks for the entry (its school's team or its teacher). */
    @Transactional
    public boolean speaksFor(ContestEntry entry) {
        return EntryAccess.speaksFor(guard.caller(), entry);
    }

    /** Whether the caller organises the entry's contest. */
    @Transactional
    public boolean organises(ContestEntry entry) {
        return contestAccess.mayOrganise(guard.caller(), entry.getContest());
    }

    /** Today in the region of the entry's contest. */
    public LocalDate today(ContestEntry entry) {
        return contestAccess.today(entry.getContest());
    }

    @Transactional
    public ContestEntry describe(long id, CaseForm form, long nominationId, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        entry.describe(form, nomination(entry.getContest(), nominationId), today(entry));
        return written(entry, changedIfSubmitted(entry));
    }

    /** The people of the entry's school the entrant may name as authors (logins and names). */
    @Transactional
    public List<PersonRecords.Colleague> colleagues(long id) {
        ContestEntry entry = access.entryToChange(id);
        return people.peopleAt(entry.school());
    }

    /** A federal risk factor a case may address: its number and title. */
    public record RiskFactorChoice(int number, String title) {
    }

    /**
     * The federal risk factors of the region's campaign of the contest's year, as the case form offers them; none
     * when the region keeps no campaign of that year.
     */
    public List<RiskFactorChoice> riskFactors(ContestEntry entry) {
        try {
            return catalogues.of(entry.getContest().getRegion().getCode(), entry.getContest().getSchoolYear())
                    .stream().filter(f -> f.getFederalNumber() != null && !f.isRetired())
                    .map(f -> new RiskFactorChoice(f.getFederalNumber(), f.getTitle())).toList();
        } catch (NoSuchResourceException | ru.portal500.shared.domain.AccessDeniedException e) {
            return List.of();
        }
    }

    /** Names an author: a person whose home organisation is the entering school; another school's is refused. */
    @Transactional
    public ContestEntry addAuthor(long id, String username, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        String login = username == null ? "" : username.strip();
        if (login.isEmpty()) {
            throw new ContestRuleException("contests.entry.error.authorChoose");
        }
        PersonRecords.Colleague colleague = people.peopleAt(entry.school()).stream()
                .filter(c -> c.username().equals(login)).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.entry.error.authorElsewhere", login,
                        entry.getSchoolName()));
        entry.addAuthor(colleague.username(), colleague.fullName(), today(entry));
        return written(entry, changedIfSubmitted(entry));
    }

    @Transactional
    public ContestEntry removeAuthor(long id, String username, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        entry.removeAuthor(username, today(entry));
        return written(entry, changedIfSubmitted(entry));
    }

    /** The caller, an author, agrees to the case's publication under their name (or takes it back). */
    @Transactional
    public ContestEntry consent(long id, boolean agree, long readAtVersion) {
        ContestEntry entry = current(access.entryToRead(id), readAtVersion);
        if (agree) {
            entry.consent(guard.caller().getUsername(), contestAccess.stamp().at());
        } else {
            entry.withdrawConsent(guard.caller().getUsername());
        }
        return written(entry, List.of());
    }

    /**
     * A file of the entry, stored by content under the documents' rules (formats, size, hostile files refused);
     * a file that can do more than be read (scripts, embedded files) is refused, as jurors and, later, the bank's
     * readers open it. {@code requiredFile}: which of the contest's required files it is, or none.
     */
    @Transactional
    public ContestEntry attach(long id, String fileName, InputStream content, String requiredFile,
                               long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        entry.requireChangeable(today(entry));
        StoredFile stored;
        try {
            stored = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The entry's file could not be stored", e);
        }
        if (!stored.activeContent().isEmpty()) {
            throw new ContestRuleException("contests.entry.error.fileActive", FileNames.clean(fileName));
        }
        entry.attach(new EntryUpload(stored.sha256(), FileNames.clean(fileName), stored.mediaType(), stored.size(),
                requiredFile), today(entry));
        return written(entry, changedIfSubmitted(entry));
    }

    @Transactional
    public ContestEntry removeFile(long id, long fileId, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        entry.removeFile(fileId, today(entry));
        return written(entry, changedIfSubmitted(entry));
    }

    /** A file of an entry the caller may read. */
    @Transactional
    public EntryFile file(long id, long fileId) {
        return access.entryToRead(id).getFiles().stream().filter(f -> Objects.equals(f.getId(), fileId))
                .findFirst().orElseThrow(NoSuchResourceException::new);
    }

    /** The stored content of a file found through {@link #file}. */
    public InputStream open(EntryFile file) {
        try {
            return storage.open(file.getSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("The entry's file could not be read", e);
        }
    }

    /** Submits the draft (or the returned entry again), complete and before the deadline. */
    @Transactional
    public ContestEntry submit(long id, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        Entrant entrant = new Entrant(entry.getKind(), entry.getSchoolId(), entry.school(), entry.getSchoolName(),
                entry.getEntrant(), entry.getEntrantName());
        EntryEligibility.require(entry.getContest().settings(), entry.getKind(),
                campaignSchool(entry.getContest(), entrant));
        EntryState before = entry.getState();
        entry.submit(today(entry), contestAccess.stamp().at());
        ContestEntry written = written(entry, List.of(ContestChange.entryState(entry, before, contestAccess.stamp())));
        submitted.fire(new EntrySubmitted(entry.getId()));
        return written;
    }

    /**
     * Withdraws a submitted entry (it stays, as withdrawn, in the organisers' list and the history); a draft, which
     * nobody else has seen, is deleted instead. Returns the entry, or nothing when the draft is gone.
     */
    @Transactional
    public java.util.Optional<ContestEntry> withdraw(long id, long readAtVersion) {
        ContestEntry entry = current(access.entryToChange(id), readAtVersion);
        EntryState before = entry.getState();
        entry.withdraw(today(entry));
        if (before == EntryState.DRAFT) {
            entries.remove(entry);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(written(entry, List.of(ContestChange.entryState(entry, before,
                contestAccess.stamp()))));
    }

    /** The entries of a contest the caller organises, every one but drafts, each with the same files found. */
    @Transactional
    public List<EntryFiles.EntryToCheck> toCheck(long contestId) {
        Contest contest = contestAccess.contestToOrganise(contestId);
        List<ContestEntry> all = entries.entries(contest);
        all.forEach(ContestEntries::loaded);
        return sameFiles.flagged(contest, all);
    }

    @Transactional
    public ContestEntry admit(long id, long readAtVersion) {
        ContestEntry entry = current(access.entryToCheck(id), readAtVersion);
        EntryState before = entry.getState();
        entry.admit(contestAccess.stamp());
        return decided(entry, before, "notification.contestEntry.ADMITTED", List.of());
    }

    @Transactional
    public ContestEntry returnForCompletion(long id, String reason, LocalDate due, long readAtVersion) {
        ContestEntry entry = current(access.entryToCheck(id), readAtVersion);
        EntryState before = entry.getState();
        entry.returnForCompletion(reason, due, today(entry), contestAccess.stamp());
        return decided(entry, before, "notification.contestEntry.RETURNED",
                List.of(entry.getDecisionReason().orElse(""), DAY.format(due)));
    }

    @Transactional
    public ContestEntry refuse(long id, String reason, long readAtVersion) {
        ContestEntry entry = current(access.entryToCheck(id), readAtVersion);
        EntryState before = entry.getState();
        entry.refuse(reason, contestAccess.stamp());
        return decided(entry, before, "notification.contestEntry.REFUSED",
                List.of(entry.getDecisionReason().orElse("")));
    }

    private ContestEntry decided(ContestEntry entry, EntryState before, String key, List<String> more) {
        ContestEntry written = written(entry, List.of(ContestChange.entryState(entry, before,
                contestAccess.stamp())));
        notices.tell(entry, key, more);
        return written;
    }

    private boolean admits(Contest contest, Entrant entrant) {
        return EntryEligibility.admits(contest.settings(), entrant.kind(), campaignSchool(contest, entrant));
    }

    /** Whether the entrant's school is a ШНОР, ШССУ or curator school of the campaign of the contest's year. */
    private boolean campaignSchool(Contest contest, Entrant entrant) {
        return campaigns.campaign(contest.getRegion().getCode(), contest.getSchoolYear())
                .flatMap(campaign -> territories.findSchool(entrant.schoolId())
                        .flatMap(school -> campaigns.statusOf(campaign, school)))
                .map(status -> status.isSupported()
                        || status == ru.portal500.registry.domain.SchoolStatus.CURATOR_SCHOOL)
                .orElse(false);
    }

    private static Nomination nomination(Contest contest, long nominationId) {
        return contest.getNominations().stream().filter(n -> n.getId() == nominationId).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.error.nominationUnknown"));
    }

    private static ContestEntry current(ContestEntry entry, long readAtVersion) {
        if (entry.getVersion() != readAtVersion) {
            throw new ConcurrentChangeException("contests.entry.error.changedMeanwhile");
        }
        return entry;
    }

    private List<ContestChange> changedIfSubmitted(ContestEntry entry) {
        return entry.getState() == EntryState.SUBMITTED
                ? List.of(ContestChange.entryChanged(entry, contestAccess.stamp())) : List.of();
    }

    private ContestEntry written(ContestEntry entry, List<ContestChange> changes) {
        entries.flush();
        contestRepository.record(changes);
        return loaded(entry);
    }

    private static ContestEntry loaded(ContestEntry entry) {
        entry.getNomination().getTitle();
        entry.getAuthors().size();
        entry.getFiles().size();
        entry.getContest().getNominations().size();
        return entry;
    }
}
