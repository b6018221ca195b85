package ru.portal500.contests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.contests.domain.Contest;
import ru.portal500.contests.domain.ContestChange;
import ru.portal500.contests.domain.ContestRuleException;
import ru.portal500.contests.domain.ContestSettings;
import ru.portal500.contests.domain.ContestStages;
import ru.portal500.contests.domain.ContestState;
import ru.portal500.contests.domain.Nomination;
import ru.portal500.contests.domain.Regulations;
import ru.portal500.documents.storage.DocumentStorage;
import ru.portal500.documents.storage.StoredFile;
import ru.portal500.shared.files.FileNames;
import ru.portal500.contests.infrastructure.ContestRepository;
import ru.portal500.expertise.application.ChecklistLibrary;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.shared.domain.ChangeStamp;
import ru.portal500.shared.domain.NoSuchResourceException;
import ru.portal500.tenancy.domain.Region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Organising a contest: creating it as a draft, changing its settings, its nominations and its stages'
 * days, publishing its call; listing the region's contests and reading one; and, for everyone, reading a
 * published call. One use case, one transaction each. Every change names the contest's version the organiser
 * read: a change made by another organiser meanwhile is a 409 and nothing of the late one is written.
 */
@ApplicationScoped
public class Contests {

    /** Why a caller who names no region and acts in none or several is refused (the audit's reason). */
    private static final String NO_SINGLE_REGION = "no single region to organise contests in";

    @Inject
    ContestAccess access;

    @Inject
    AccessGuard guard;

    @Inject
    ru.portal500.contests.infrastructure.EntryRepository entries;

    @Inject
    CallAnnouncements announcements;

    @Inject
    ContestRepository contests;

    @Inject
    ChecklistLibrary checklists;

    @Inject
    TieBreakValidation tieBreaks;

    @Inject
    DocumentStorage storage;

    @Transactional
    public Contest create(String regionCode, int schoolYear, ContestSettings settings) {
        regionCode = regionOrOwn(regionCode);
        access.requireCreator(regionCode);
        Region region = guard.requireFound(contests.region(regionCode), "region/" + regionCode);
        ChangeStamp stamp = access.stamp();
        Contest contest = contests.add(new Contest(region, schoolYear, settings, stamp));
        tieBreaks.check(contest, settings.tieBreak());
        contests.record(List.of(ContestChange.created(contest, stamp)));
        return contest;
    }

    @Transactional
    public Contest change(long id, ContestSettings settings, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        ContestSettings before = contest.settings();
        tieBreaks.check(contest, settings.tieBreak());
        contest.change(settings);
        return written(contest, ContestChange.settingsChanged(contest, before, access.stamp()));
    }

    @Transactional
    public Contest reschedule(long id, ContestStages stages, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        ContestStages before = contest.stages();
        contest.reschedule(stages);
        return written(contest, ContestChange.stagesChanged(contest, before, access.stamp()));
    }

    @Transactional
    public Contest addNomination(long id, String title, Long checklistId, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        Nomination nomination = contest.addNomination(title, checklist(contest, checklistId));
        tieBreaks.check(contest, contest.getTieBreak());
        written(contest, List.of());
        contests.record(List.of(ContestChange.nominationAdded(nomination, access.stamp())));
        return contest;
    }

    /** A nomination renamed and (or) given another checklist (none: {@code checklistId} null). */
    @Transactional
    public Contest changeNomination(long id, long nominationId, String title, Long checklistId, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        Nomination nomination = nomination(contest, nominationId);
        ChangeStamp stamp = access.stamp();
        List<ContestChange> changes = new ArrayList<>();
        String before = nomination.getTitle();
        if (title != null && !title.strip().equals(before)) {
            contest.renameNomination(nomination, title);
            changes.add(ContestChange.nominationRenamed(nomination, before, stamp));
        }
        ChecklistVersion chosen = checklist(contest, checklistId);
        ChecklistVersion had = nomination.getChecklist();
        if (!sameChecklist(had, chosen)) {
            contest.scoreNominationWith(nomination, chosen);
            tieBreaks.check(contest, contest.getTieBreak());
            changes.add(ContestChange.nominationChecklist(nomination, had, stamp));
        }
        return written(contest, changes);
    }

    @Transactional
    public Contest removeNomination(long id, long nominationId, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        Nomination nomination = nomination(contest, nominationId);
        long entered = entries.countIn(nomination);
        if (entered > 0) {
            throw new ContestRuleException("contests.error.nominationHasEntries", nomination.getTitle(),
                    String.valueOf(entered));
        }
        contest.removeNomination(nomination);
        return written(contest, List.of(ContestChange.nominationRemoved(contest, nomination, access.stamp())));
    }

    /**
     * The regulations as a file, stored by content like documents under their rules (formats, size, hostile files
     * refused); a file that can do more than be read (scripts, embedded files) or could not be inspected is refused,
     * as everyone may download it.
     */
    @Transactional
    public Contest attachRegulations(long id, String fileName, InputStream content, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        StoredFile stored;
        try {
            stored = storage.store(content);
        } catch (IOException e) {
            throw new UncheckedIOException("The regulations could not be stored", e);
        }
        if (!stored.activeContent().isEmpty()) {
            throw new ContestRuleException("contests.error.regulationsActive");
        }
        Regulations before = contest.regulations().orElse(null);
        contest.attachRegulations(new Regulations(stored.sha256(), FileNames.clean(fileName), stored.mediaType(),
                stored.size()));
        return written(contest, List.of(ContestChange.regulationsAttached(contest, before, access.stamp())));
    }

    /** The regulations of a contest the caller organises. */
    @Transactional
    public Regulations regulations(long id) {
        return access.contestToOrganise(id).regulations().orElseThrow(NoSuchResourceException::new);
    }

    /** The stored content of a contest's regulations (found through {@link #regulations} or {@link #publishedRegulations}). */
    public InputStream open(Regulations regulations) {
        try {
            return storage.open(regulations.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException("The regulations could not be read", e);
        }
    }

    /** The regulations of a published call, for anyone. */
    @Transactional
    public Regulations publishedRegulations(long id) {
        return published(id).regulations().orElseThrow(NoSuchResourceException::new);
    }

    @Transactional
    public Contest publishCall(long id, long readAtVersion) {
        Contest contest = current(id, readAtVersion);
        ContestStages before = contest.stages();
        ContestState was = contest.getState();
        tieBreaks.check(contest, contest.getTieBreak());
        contest.publishCall(access.today(contest));
        ChangeStamp stamp = access.stamp();
        List<ContestChange> changes = new ArrayList<>(ContestChange.stagesChanged(contest, before, stamp));
        changes.add(ContestChange.callPublished(contest, was, stamp));
        Contest written = written(contest, changes);
        announcements.prepare(written);
        return written;
    }

    /** The region's contests, for its contest organisers. */
    @Transactional
    public List<Contest> contests(String regionCode) {
        regionCode = regionOrOwn(regionCode);
        access.requireCreator(regionCode);
        return contests.contests(regionCode).stream().filter(c -> access.mayOrganise(access.caller(), c)).toList();
    }

    /** A contest with its nominations, for its organisers. */
    @Transactional
    public Contest contest(long id) {
        Contest contest = access.contestToOrganise(id);
        contest.getNominations().forEach(n -> {
            if (n.getChecklist() != null) {
                n.getChecklist().getTitle();
            }
        });
        return contest;
    }

    /** The contest's history, oldest first. */
    @Transactional
    public List<ContestChange> history(long id) {
        return contests.changes(access.contestToOrganise(id));
    }

    /**
     * The checklists the organiser may score the contest's nominations with: the region's (the newest version of
     * each) for the region's contest organiser; for an organiser given this contest alone, who may not read the
     * region's checklists, those its nominations already have.
     */
    @Transactional
    public List<ChecklistVersion> checklists(long contestId) {
        Contest contest = access.contestToOrganise(contestId);
        return access.mayCreate(access.caller(), contest.getRegion().getCode())
                ? checklists.latest(contest.getRegion().getCode()) : nominationsChecklists(contest);
    }

    private static List<ChecklistVersion> nominationsChecklists(Contest contest) {
        Map<Long, ChecklistVersion> byId = new LinkedHashMap<>();
        contest.getNominations().stream().map(Nomination::getChecklist).filter(Objects::nonNull)
                .forEach(c -> byId.putIfAbsent(c.getId(), c));
        return List.copyOf(byId.values());
    }

    /** Whether the caller creates contests somewhere (the menu and the list page offer the form). */
    public boolean organisesIn(String regionCode) {
        return access.mayCreate(access.caller(), regionCode);
    }

    /** A published call, for anyone, visitors included; a draft or an unknown id is not found. */
    @Transactional
    public Contest published(long id) {
        Contest contest = contests.published(id).orElseThrow(NoSuchResourceException::new);
        contest.getNominations().size();
        return contest;
    }

    /** Published calls, newest first (a region's only with a code). */
    @Transactional
    public List<Contest> published(String regionCode) {
        return contests.published(regionCode);
    }

    /** The region named, or the caller's own when they act in one region only (else a refusal on record). */
    private String regionOrOwn(String regionCode) {
        if (regionCode != null && !regionCode.isBlank()) {
            return regionCode.strip();
        }
        var regions = access.caller().regions();
        if (regions.size() != 1) {
            throw guard.deny(null, "contests.organise", NO_SINGLE_REGION);
        }
        return regions.first();
    }

    private Contest current(long id, long readAtVersion) {
        return access.contestToOrganise(id, readAtVersion);
    }

    private Contest written(Contest contest, List<ContestChange> changes) {
        contests.flush();
        contests.record(changes);
        return contest;
    }

    private static Nomination nomination(Contest contest, long nominationId) {
        return contest.getNominations().stream().filter(n -> n.getId() == nominationId).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.error.nominationUnknown"));
    }

    /**
     * The checklist chosen for a nomination: any of the region's for its contest organiser; for an organiser given
     * this contest alone, one its nominations already have (the region's checklists are not theirs to read).
     */
    private ChecklistVersion checklist(Contest contest, Long checklistId) {
        if (checklistId == null) {
            return null;
        }
        if (access.mayCreate(access.caller(), contest.getRegion().getCode())) {
            return checklists.version(contest.getRegion().getCode(), checklistId);
        }
        return nominationsChecklists(contest).stream().filter(c -> c.getId().equals(checklistId)).findFirst()
                .orElseThrow(() -> new ContestRuleException("contests.error.checklistOfRegion"));
    }

    private static boolean sameChecklist(ChecklistVersion a, ChecklistVersion b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }
}
