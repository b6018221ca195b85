package ru.portal500.monitoring.domain;

import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;

/**
 * What a caller may do with a school's monitoring: its team enters the values and submits the report; its curator,
 * the municipal coordinator and the regional operator read them; the coordinator and the operator grant an exception
 * after the lock.
 */
public record MonitoringRights(boolean mayRead, boolean mayEnter, boolean mayGrant) implements Serializable {

    public static MonitoringRights of(Caller caller, Scope school) {
        boolean team = caller.holds(Role.SCHOOL_TEAM, school);
        boolean manager = caller.holds(Role.MUNICIPAL_COORDINATOR, school) || caller.holds(Role.REGIONAL_OPERATOR, school);
        return new MonitoringRights(team || manager || caller.holds(Role.CURATOR, school), team, manager);
    }
}
