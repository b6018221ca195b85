package ru.portal500.expertise.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import ru.portal500.expertise.checklist.Checklist;
import ru.portal500.expertise.checklist.ChecklistImport;
import ru.portal500.expertise.checklist.ChecklistJsonReader;
import ru.portal500.expertise.checklist.ChecklistJsonWriter;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.expertise.checklist.InvalidChecklistException;
import ru.portal500.expertise.domain.ChecklistVersion;
import ru.portal500.expertise.infrastructure.ChecklistRepository;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Region;

import java.util.List;
import java.util.Locale;

/**
 * The region's checklists: read by anyone acting in the region, kept by its regional operator. Saving never
 * changes a version: it adds the next one (a running round keeps the version it started with). A checklist is
 * checked whole before it is stored; an invalid one is refused with every problem named.
 */
@ApplicationScoped
public class ChecklistLibrary {

    @Inject
    AccessGuard guard;

    @Inject
    ChecklistRepository repository;

    @Inject
    ExpertiseAccess access;

    /**
     * The newest version of each checklist of the region; the defaults the region lacks (all of them at first, a
     * default added to the portal later) are added the first time anyone asks (recorded as created by them).
     */
    @Transactional
    public List<ChecklistVersion> latest(String regionCode) {
        guard.requireActsIn(regionCode, "expertise.read");
        List<ChecklistVersion> latest = repository.latest(regionCode);
        java.util.Set<String> codes = latest.stream().map(ChecklistVersion::getCode)
                .collect(java.util.stream.Collectors.toSet());
        List<Checklist> missing = DefaultChecklists.forRegion().stream().filter(c -> !codes.contains(codeOf(c)))
                .toList();
        if (!missing.isEmpty()) {
            Region region = guard.requireFound(repository.region(regionCode), "region/" + regionCode);
            for (Checklist checklist : missing) {
                repository.add(version(region, codeOf(checklist), 1, checklist));
            }
            latest = repository.latest(regionCode);
        }
        return latest;
    }

    @Transactional
    public List<ChecklistVersion> versions(String regionCode, String code) {
        guard.requireActsIn(regionCode, "expertise.read");
        return repository.versions(regionCode, code);
    }

    @Transactional
    public ChecklistVersion version(String regionCode, long id) {
        guard.requireActsIn(regionCode, "expertise.read");
        return guard.requireFound(repository.checklist(regionCode, id), "checklist/" + id);
    }

    /**
     * Stores a checklist given as JSON (an import, or the builder's result) as the next version of the region's
     * checklist with the same code (the document type it applies to, unless the JSON names its own code).
     */
    @Transactional
    public ChecklistVersion save(String regionCode, String json) {
        guard.requireHolds(Role.REGIONAL_OPERATOR, regionCode, "expertise.checklists");
        ChecklistImport read = new ChecklistJsonReader().read(json == null ? "" : json);
        if (!read.isValid()) {
            throw new InvalidChecklistException(read.problems());
        }
        Checklist checklist = read.validChecklist();
        Region region = guard.requireFound(repository.region(regionCode), "region/" + regionCode);
        String code = codeOf(checklist);
        int next = repository.versions(regionCode, code).stream().mapToInt(ChecklistVersion::getNumber).max().orElse(0) + 1;
        return repository.add(version(region, code, next, checklist));
    }

    /** The JSON form of a version (the export; importing it again gives the same checklist). */
    public static String json(ChecklistVersion version) {
        return version.getBody();
    }

    private static String codeOf(Checklist checklist) {
        return checklist.appliesTo().toUpperCase(Locale.ROOT);
    }

    private ChecklistVersion version(Region region, String code, int number, Checklist checklist) {
        Checklist numbered = new Checklist(checklist.title(), checklist.appliesTo(), number, checklist.sections(),
                checklist.verdictRules(), checklist.divergenceRules());
        return new ChecklistVersion(region, code, number, numbered.title(), numbered.appliesTo(),
                new ChecklistJsonWriter().write(numbered), access.stamp());
    }
}
