package ru.portal500.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.TerritoryRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of the caller's scope as other contexts' services look them up: what the directory has, without
 * {@link TerritoryDirectory}'s refusals (the asking service decides what an absent place means). Every lookup is
 * scoped to the caller, as the repository behind it is.
 */
@ApplicationScoped
public class Territories {

    @Inject
    TerritoryRepository repository;

    /** The municipalities in scope with their regions, ordered by region and name. */
    public List<Municipality> municipalities() {
        return repository.municipalities();
    }

    public Optional<Municipality> findMunicipality(long id) {
        return repository.findMunicipality(id);
    }

    public Optional<School> findSchool(long id) {
        return repository.findSchool(id);
    }

    public Optional<Region> findRegion(String code) {
        return repository.findRegion(code);
    }

    public Optional<Municipality> findMunicipality(String regionCode, String code) {
        return repository.findMunicipality(regionCode, code);
    }

    public Optional<School> findSchool(String regionCode, String municipalityCode, String code) {
        return repository.findSchool(regionCode, municipalityCode, code);
    }

    /** The region's schools in scope by "municipality/code" (how import files name them). */
    public Map<String, School> schoolsOf(String regionCode) {
        return repository.schoolsOf(regionCode);
    }

    /** The schools of a municipality that are in scope, by name. */
    public List<School> schoolsOf(Municipality municipality) {
        return repository.schoolsOf(municipality);
    }
}
