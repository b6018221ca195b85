package ru.portal500.documents.domain;

import jakarta.json.bind.annotation.JsonbTransient;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;

import java.io.Serializable;

/**
 * What a caller may do with a school's documents. The school's team writes, uploads and submits; its
 * curator checks (approves or returns for revision); the municipal coordinator and the regional
 * operator see everything and may step in to check; experts read; everyone who reads may comment.
 */
public record DocumentRights(boolean mayRead, boolean mayWrite, boolean mayCheck) implements Serializable {

    public static DocumentRights of(Caller caller, Scope school) {
        boolean team = caller.holds(Role.SCHOOL_TEAM, school);
        boolean check = caller.holds(Role.CURATOR, school) || caller.holds(Role.MUNICIPAL_COORDINATOR, school)
                || caller.holds(Role.REGIONAL_OPERATOR, school);
        return new DocumentRights(team || check || caller.holds(Role.EXPERT, school), team, check);
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
