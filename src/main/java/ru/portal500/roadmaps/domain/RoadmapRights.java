package ru.portal500.roadmaps.domain;

import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;

/**
 * What a caller may do with a roadmap. A school's: its team keeps it and reports its measures done; its curator checks
 * it and confirms completions, and the municipal coordinator and regional operator may step in; all of them read it. A
 * municipality's: its coordinators keep and confirm it, the regional operator too. The region's: its operators.
 */
public record RoadmapRights(boolean mayRead, boolean mayWrite, boolean mayCheck) implements Serializable {

    public static RoadmapRights of(Caller caller, RoadmapLevel level, Scope place) {
        boolean operator = caller.holds(Role.REGIONAL_OPERATOR, place);
        boolean coordinator = caller.holds(Role.MUNICIPAL_COORDINATOR, place);
        return switch (level) {
            case SCHOOL -> {
                boolean team = caller.holds(Role.SCHOOL_TEAM, place);
                boolean check = caller.holds(Role.CURATOR, place) || coordinator || operator;
                yield new RoadmapRights(team || check, team, check);
            }
            case MUNICIPALITY -> new RoadmapRights(coordinator || operator, coordinator || operator,
                    coordinator || operator);
            case REGION -> new RoadmapRights(operator, operator, operator);
        };
    }

    public static RoadmapRights of(Caller caller, Roadmap roadmap) {
        return of(caller, roadmap.getLevel(), roadmap.scope());
    }

    @JsonbTransient
    public boolean isMayRead() {
        return mayRead;
    }

    @JsonbTransient
    public boolean isMayWrite() {
        return mayWrite;
    }

    @JsonbTransient
    public boolean isMayCheck() {
        return mayCheck;
    }
}
