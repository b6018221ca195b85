package ru.portal500.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.tenancy.domain.Municipality;
import ru.portal500.tenancy.domain.Region;
import ru.portal500.tenancy.domain.School;
import ru.portal500.tenancy.infrastructure.PlaceNames;
import ru.portal500.tenancy.infrastructure.TerritoryRepository;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Regions, municipalities and schools as the caller may see them. */
@ApplicationScoped
public class TerritoryDirectory {

    private static final String SEPARATOR = " › ";

    @Inject
    TerritoryAccess guard;

    @Inject
    TerritoryRepository territories;

    @Inject
    PlaceNames places;

    /** The directory of the caller's municipalities: regional operators and municipal coordinators only. */
    public List<Municipality> municipalities() {
        guard.requireAdministrator("territories.list");
        return territories.municipalities();
    }

    /** A municipality in the caller's scope (any role held in it, its region or one of its schools). */
    public Municipality municipality(long id) {
        return guard.requireFound(territories.findMunicipality(id), "municipality/" + id);
    }

    /** A school in the caller's scope. */
    public School school(long id) {
        return guard.requireFound(territories.findSchool(id), "school/" + id);
    }

    /** The region's time zone (Moscow for a region unknown); a region's zone is public. */
    public ZoneId zone(String regionCode) {
        return places.zone(regionCode);
    }

    /** A region's name, public: the search's facets name regions the reader may hold no role in. */
    public Optional<String> regionName(String regionCode) {
        return places.region(regionCode);
    }

    /** A municipality's name, public (the region's code may be unknown: {@code null}). */
    public Optional<String> municipalityName(String regionCode, String code) {
        return places.municipality(regionCode, code);
    }

    public List<School> schoolsOf(Municipality municipality) {
        return territories.schoolsOf(municipality);
    }

    /** The name of the region, municipality or school a scope stands for, if it is in the directory and in scope. */
    public Optional<String> placeName(Scope scope) {
        return switch (scope.level()) {
            case REGION -> territories.findRegion(scope.region()).map(Region::getName);
            case MUNICIPALITY -> territories.findMunicipality(scope.region(), scope.municipality())
                    .map(Municipality::getName);
            case SCHOOL -> territories.findSchool(scope.region(), scope.municipality(), scope.school())
                    .map(School::getName);
        };
    }

    /** The scope in words: "Саратовская область › Аткарский район › МБОУ «СОШ № 1»"; its path if unknown. */
    public String describe(Scope scope) {
        Optional<String> name = switch (scope.level()) {
            case REGION -> territories.findRegion(scope.region()).map(Region::getName);
            case MUNICIPALITY -> territories.findMunicipality(scope.region(), scope.municipality())
                    .map(m -> m.getRegion().getName() + SEPARATOR + m.getName());
            case SCHOOL -> territories.findSchool(scope.region(), scope.municipality(), scope.school())
                    .map(s -> s.getMunicipality().getRegion().getName() + SEPARATOR
                            + s.getMunicipality().getName() + SEPARATOR + s.getName());
        };
        return name.orElse(scope.groupPath());
    }
}
