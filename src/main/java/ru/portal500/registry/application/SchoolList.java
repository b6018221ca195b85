package ru.portal500.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.identity.application.AccessGuard;
import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.registry.infrastructure.SchoolListQuery;
import ru.portal500.registry.infrastructure.SchoolListRepository;

import java.util.List;

/** The school list of a region, as far as the caller's grants reach into it. */
@ApplicationScoped
public class SchoolList {

    @Inject
    AccessGuard guard;

    @Inject
    SchoolListRepository schools;

    public SchoolListRepository.Page page(String regionCode, SchoolListQuery query) {
        guard.requireActsIn(regionCode, "schools.list");
        return schools.find(regionCode, query);
    }

    /** The region's directory as the import reads it (within the caller's scope). */
    public List<SchoolEntry> export(String regionCode) {
        guard.requireActsIn(regionCode, "schools.export");
        return schools.all(regionCode).stream()
                .map(s -> new SchoolEntry(0, s.getMunicipality().getCode(), s.getCode(), s.getName(), s.details(),
                        s.getParent() == null ? null : s.getParent().getCode()))
                .toList();
    }

}
