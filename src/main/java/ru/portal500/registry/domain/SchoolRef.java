package ru.portal500.registry.domain;

import ru.portal500.identity.domain.Scope;

/**
 * A school as a pair names it: where it is and what it is called. A pair's curator school may lie
 * outside the scope of someone who sees the pair (the supported school's team, a coordinator when the
 * region paired across municipalities); its name is still shown.
 */
public record SchoolRef(long id, String region, String municipalityCode, String municipalityName, String code,
                        String name) {

    public Scope scope() {
        return Scope.ofSchool(region, municipalityCode, code);
    }
}
