package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.identity.application.AuditLog;
import ru.portal500.identity.domain.AuditEventType;
import ru.portal500.identity.domain.Caller;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.registry.infrastructure.SchoolDirectoryWriter;
import ru.portal500.tenancy.domain.Municipality;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a region's school directory from a CSV file: regional operators for the whole region,
 * municipal coordinators for their municipalities. Checked whole first; applied whole or not at all.
 */
@ApplicationScoped
public class SchoolDirectoryImport {

    @Inject
    AccessGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    SchoolDirectoryWriter writer;

    public ImportOutcome importCsv(String regionCode, byte[] file, boolean dryRun) {
        Scope region = guard.region(regionCode);
        Caller caller = guard.caller();
        List<Municipality> mine = writer.municipalitiesOf(regionCode).stream()
                .filter(m -> caller.administers(m.scope())).toList();
        guard.require(!mine.isEmpty(), region, "schools.import");
        Set<String> codes = mine.stream().map(Municipality::getCode).collect(Collectors.toSet());
        SchoolDirectoryFile read = SchoolDirectoryFile.read(file, codes);
        if (!read.problems().isEmpty()) {
            return ImportOutcome.refused(read.problems());
        }
        SchoolDirectoryWriter.Applied applied = writer.apply(read.rows(), mine, dryRun);
        if (!applied.branchesWithoutMain().isEmpty()) {
            return ImportOutcome.refused(applied.branchesWithoutMain().stream()
                    .map(SchoolDirectoryFile::mainSchoolUnknown).toList());
        }
        ImportOutcome outcome = dryRun ? ImportOutcome.checked(applied.created(), applied.updated())
                : ImportOutcome.done(applied.created(), applied.updated());
        if (outcome.applied()) {
            audit.record(AuditEventType.DIRECTORY_IMPORTED, region, "schools",
                    outcome.created() + " created, " + outcome.updated() + " updated");
        }
        return outcome;
    }
}
