package ru.portal500.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void keycloakRolesBecomePortalRolesAndOthersAreDropped() {
        Caller caller = Caller.authenticated("sub-1", "coordinator", "Марина Координаторова",
                List.of("municipal-coordinator", "offline_access", "default-roles-portal500", "expert"));
        assertEquals(Set.of(Role.MUNICIPAL_COORDINATOR, Role.EXPERT), caller.getRoles());
        assertTrue(caller.hasRole(Role.EXPERT));
        assertFalse(caller.hasRole(Role.REGIONAL_OPERATOR));
        assertTrue(caller.hasAnyRole(Set.of(Role.REGIONAL_OPERATOR, Role.MUNICIPAL_COORDINATOR)));
    }

    @Test
    void rolesAreListedInOneOrder() {
        Caller caller = Caller.authenticated("s", "u", "n", List.of("teacher", "regional-operator", "curator"));
        assertEquals(List.of(Role.REGIONAL_OPERATOR, Role.CURATOR, Role.TEACHER), List.copyOf(caller.getRoles()));
    }

    @Test
    void aVisitorHasNoRolesAndIsNotAuthenticated() {
        Caller visitor = Caller.anonymous();
        assertFalse(visitor.isAuthenticated());
        assertTrue(visitor.getRoles().isEmpty());
        assertFalse(visitor.hasAnyRole(Set.of(Role.values())));
    }

    @Test
    void theNameFallsBackToTheLogin() {
        assertEquals("school", Caller.authenticated("s", "school", " ", List.of()).getFullName());
    }

    @Test
    void anAuthenticatedCallerNeedsASubject() {
        assertThrows(IllegalArgumentException.class, () -> Caller.authenticated(" ", "u", "n", List.of()));
    }

    @Test
    void callersAreTheSamePersonByKeycloakSubject() {
        assertEquals(Caller.authenticated("s", "a", "A", List.of()), Caller.authenticated("s", "b", "B", List.of("teacher")));
    }
}
