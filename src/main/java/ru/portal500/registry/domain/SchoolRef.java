package ru.portal500.registry.domain;

import ru.portal500.tenancy.domain.Scope;
import ru.portal500.tenancy.domain.School;

/**
 * A school as a pair names it: where it is and what it is called. A pair's curator school may lie
 * outside the scope of someone who sees the pair (the supported school's team, a coordinator when the
 * region paired across municipalities); its name is still shown.
 */
public record SchoolRef(long id, String region, String municipalityCode, String municipalityName, String code,
                        String name) {

    public static SchoolRef of(School school) {
        return new SchoolRef(school.getId(), school.scope().region(), school.getMunicipality().getCode(),
                school.getMunicipality().getName(), school.getCode(), school.getName());
    }

    public Scope scope() {
        return Scope.ofSchool(region, municipalityCode, code);
    }
}
