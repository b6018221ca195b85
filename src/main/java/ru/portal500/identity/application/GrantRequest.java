package ru.portal500.identity.application;

import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.shared.domain.InvalidRequestException;

/**
 * A role in a scope as the API and the people page receive it: {@code {"role": "school-team", "scope":
 * "/64/atkarsky/atk-1"}}. Public fields for JSON-B.
 */
public class GrantRequest {

    public String username;
    public String role;
    public String scope;

    /** A request for a person (the revocation's query parameters). */
    public static GrantRequest of(String username, String role, String scope) {
        GrantRequest request = new GrantRequest().with(role, scope);
        request.username = username;
        return request;
    }

    /** The same request filled in from a form. */
    public GrantRequest with(String role, String scope) {
        this.role = role;
        this.scope = scope;
        return this;
    }

    /** The role of this Keycloak name; an unknown one is a 400 that names it. */
    public static Role roleNamed(String role) {
        return Role.fromKeycloakName(role)
                .orElseThrow(() -> new InvalidRequestException("people.error.unknownRole", String.valueOf(role)));
    }

    /** The place of this group path; a malformed one is a 400 that names it. */
    public static Scope placeNamed(String scope) {
        try {
            return Scope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("people.error.unknownScope", String.valueOf(scope));
        }
    }

    /** The grant asked for; a malformed role or scope is a 400 with the reason, nothing changes. */
    public Grant toGrant() {
        Role parsedRole = roleNamed(role);
        Scope parsedScope = placeNamed(scope);
        if (!parsedRole.isGrantableAt(parsedScope.level())) {
            throw new InvalidRequestException("people.error.roleLevel", role, scope);
        }
        return new Grant(parsedRole, parsedScope);
    }
}
