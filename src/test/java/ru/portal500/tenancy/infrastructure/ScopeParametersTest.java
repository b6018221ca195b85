package ru.portal500.tenancy.infrastructure;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScopeParametersTest {

    @Test
    void grantsBecomeTheCriteriaParameters() {
        Caller curator = Caller.authenticated("s", "curator", "C", List.of(),
                List.of("/64/atkarsky/atk-1/curator", "/64/atkarsky/atk-3/school-team", "/64/balashovsky/expert"));
        Map<String, List<String>> p = ScopeParameters.of(scopes(curator));
        assertEquals(List.of("64"), p.get(ScopeParameters.REGIONS));
        assertEquals(List.of("-"), p.get(ScopeParameters.WHOLE_REGIONS));
        assertEquals(List.of("64/atkarsky", "64/balashovsky"), p.get(ScopeParameters.MUNICIPALITIES));
        assertEquals(List.of("64/balashovsky"), p.get(ScopeParameters.WHOLE_MUNICIPALITIES));
        assertEquals(List.of("64/atkarsky/atk-1", "64/atkarsky/atk-3"), p.get(ScopeParameters.SCHOOLS));
    }

    @Test
    void aCallerWithoutGrantsMatchesNothing() {
        Map<String, List<String>> p = ScopeParameters.of(scopes(Caller.authenticated("s", "t", "T", List.of("teacher"))));
        p.values().forEach(values -> assertEquals(List.of(ScopeParameters.NOTHING), values));
        assertEquals(5, ScopeParameters.of(scopes(Caller.anonymous())).size());
    }

    private static List<ru.portal500.tenancy.domain.Scope> scopes(Caller caller) {
        return caller.getGrants().stream().map(Grant::scope).toList();
    }
}
