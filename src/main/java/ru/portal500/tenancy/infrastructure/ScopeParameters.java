package ru.portal500.tenancy.infrastructure;

import ru.portal500.tenancy.domain.Scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The caller's scope as the parameters of the tenant entities' additional criteria. Keys are
 * codes joined by "/" (region, region/municipality, region/municipality/school). An empty list
 * holds a value no code can have, so that {@code IN} matches nothing.
 */
public final class ScopeParameters {

    public static final String REGIONS = "scopeRegions";
    public static final String WHOLE_REGIONS = "scopeWholeRegions";
    public static final String MUNICIPALITIES = "scopeMunicipalities";
    public static final String WHOLE_MUNICIPALITIES = "scopeWholeMunicipalities";
    public static final String SCHOOLS = "scopeSchools";
    /** The caller's own Keycloak subject: records of a person (people's own) are visible to that person. */
    public static final String SUBJECTS = "scopeSubjects";

    static final String NOTHING = "-";

    private ScopeParameters() {
    }

    public static Map<String, List<String>> of(Collection<Scope> callerScopes, Optional<String> callerSubject) {
        Collection<String> regions = new TreeSet<>();
        Collection<String> wholeRegions = new TreeSet<>();
        Collection<String> municipalities = new TreeSet<>();
        Collection<String> wholeMunicipalities = new TreeSet<>();
        Collection<String> schools = new TreeSet<>();
        for (Scope scope : callerScopes) {
            regions.add(scope.region());
            switch (scope.level()) {
                case REGION -> wholeRegions.add(scope.region());
                case MUNICIPALITY -> {
                    municipalities.add(key(scope));
                    wholeMunicipalities.add(key(scope));
                }
                case SCHOOL -> {
                    municipalities.add(key(scope.parent().orElseThrow()));
                    schools.add(key(scope));
                }
            }
        }
        return Map.of(REGIONS, list(regions), WHOLE_REGIONS, list(wholeRegions),
                MUNICIPALITIES, list(municipalities), WHOLE_MUNICIPALITIES, list(wholeMunicipalities),
                SCHOOLS, list(schools), SUBJECTS, callerSubject.map(List::of).orElse(List.of(NOTHING)));
    }

    /**
     * A whole region, for work the system does on a region's data without a caller (a background
     * extraction): the same criteria, bounded by the region the data belongs to.
     */
    public static Map<String, List<String>> wholeRegion(String regionCode) {
        return wholeRegions(List.of(regionCode));
    }

    /** Whole regions at once (system work choosing which region to visit, or finding what an id belongs to). */
    public static Map<String, List<String>> wholeRegions(Collection<String> regionCodes) {
        List<String> regions = list(regionCodes);
        return Map.of(REGIONS, regions, WHOLE_REGIONS, regions, MUNICIPALITIES,
                List.of(NOTHING), WHOLE_MUNICIPALITIES, List.of(NOTHING), SCHOOLS, List.of(NOTHING),
                SUBJECTS, List.of(NOTHING));
    }

    static String key(Scope scope) {
        return scope.groupPath().substring(1);
    }

    private static List<String> list(Collection<String> values) {
        return values.isEmpty() ? List.of(NOTHING) : new ArrayList<>(values);
    }
}
