package ru.portal500.registry.domain;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;

/**
 * What a caller may do with a school's risk profile. The school's team, its curators, the coordinator of
 * its municipality and the regional operator enter significances; a curator of the school verifies, and so
 * may the coordinator of its municipality and the regional operator (a school nobody curates yet must not
 * wait for its antirisk programmes); the team and the curator choose the factors to work on; experts read.
 */
public record RiskProfileRights(boolean mayRead, boolean mayAssess, boolean mayVerify, boolean mayChoose)
        implements Serializable {

    public static RiskProfileRights of(Caller caller, Scope school) {
        boolean operator = caller.holds(Role.REGIONAL_OPERATOR, school);
        boolean coordinator = caller.holds(Role.MUNICIPAL_COORDINATOR, school);
        boolean curator = caller.holds(Role.CURATOR, school);
        boolean team = caller.holds(Role.SCHOOL_TEAM, school);
        boolean assess = operator || coordinator || curator || team;
        return new RiskProfileRights(assess || caller.holds(Role.EXPERT, school), assess,
                curator || coordinator || operator,
                curator || team);
    }
}
