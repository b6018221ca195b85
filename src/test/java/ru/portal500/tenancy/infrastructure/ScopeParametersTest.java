package ru.portal500.tenancy.infrastructure;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScopeParametersTest {

    @Test
    void grantsBecomeTheCriteriaParameters() {
        Caller curator = Caller.authenticated("s", "curator", "C", List.of(),
                List.of("/64/atkarsky/atk-1/curator", "/64/atkarsky/atk-3/school-team", "/64/balashovsky/expert"));
        Map<String, List<String>> p = ScopeParameters.of(scopes(curator), Optional.of("s"));
        assertEquals(List.of("64"), p.get(ScopeParameters.REGIONS));
        assertEquals(List.of("-"), p.get(ScopeParameters.WHOLE_REGIONS));
        assertEquals(List.of("64/atkarsky", "64/balashovsky"), p.get(ScopeParameters.MUNICIPALITIES));
        assertEquals(List.of("64/balashovsky"), p.get(ScopeParameters.WHOLE_MUNICIPALITIES));
        assertEquals(List.of("64/atkarsky/atk-1", "64/atkarsky/atk-3"), p.get(ScopeParameters.SCHOOLS));
    }

    @Test
    void aCallerWithoutGrantsMatchesNothing() {
        Map<String, List<String>> p = ScopeParameters.of(scopes(Caller.authenticated("s", "t", "T", List.of("teacher"))), Optional.of("s"));
        p.forEach((key, values) -> assertEquals(key.equals(ScopeParameters.SUBJECTS) ? List.of("s")
                : List.of(ScopeParameters.NOTHING), values, key));
        Map<String, List<String>> anonymous = ScopeParameters.of(List.of(), Optional.empty());
        assertEquals(6, anonymous.size());
        anonymous.values().forEach(values -> assertEquals(List.of(ScopeParameters.NOTHING), values));
    }

    private static List<ru.portal500.tenancy.domain.Scope> scopes(Caller caller) {
        return caller.getGrants().stream().map(Grant::scope).toList();
    }
}
