package ru.portal500.registry.domain;

import ru.portal500.identity.domain.Person;
import ru.portal500.tenancy.domain.Scope;

/**
 * What a person named on a pair does for its school. A curator (куратор) is usually a director, deputy or
 * teacher of the curator school, but the coordinator may name anyone with an account (a curator school
 * whose staff is not in the portal yet must not block the school); they get the curator role at the
 * supported school, and when the pair's curator school changes, only its own staff stay on. A mentor
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

    /** Whether the person still fits a pair whose curator school is {@code curatorSchool} (when it changes). */
    public boolean fits(Person person, Scope curatorSchool) {
        return this == CURATOR ? person.worksAt(curatorSchool) : person.actsIn(curatorSchool.region());
    }

    /** The bundle key saying why a person does not fit (arguments: the person's login, the curator school). */
    public String refusalKey() {
        return refusalKey;
    }
}
