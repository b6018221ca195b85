package ru.portal500.registry.domain;

import ru.portal500.identity.domain.Person;
import ru.portal500.identity.domain.Scope;

/**
 * What a person named on a pair does for its school. A curator (куратор) is a director, deputy or
 * teacher of the curator school and gets the curator role at the supported school; a mentor
 * (наставник) and a tutor (тьютор) are recorded on the pair and may be anyone taking part in the
 * region's programme.
 */
public enum HelperFunction {
    CURATOR("pairs.error.curatorNotOfSchool"),
    MENTOR("pairs.error.helperNotInRegion"),
    TUTOR("pairs.error.helperNotInRegion");

    private final String refusalKey;

    HelperFunction(String refusalKey) {
        this.refusalKey = refusalKey;
    }

    /** Whether the person may help a pair whose curator school is {@code curatorSchool}. */
    public boolean fits(Person person, Scope curatorSchool) {
        return this == CURATOR ? person.worksAt(curatorSchool) : person.actsIn(curatorSchool.region());
    }

    /** The bundle key saying why a person does not fit (arguments: the person's login, the curator school). */
    public String refusalKey() {
        return refusalKey;
    }
}
