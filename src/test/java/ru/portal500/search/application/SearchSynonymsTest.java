package ru.portal500.search.application;

import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.identity.domain.Grant;
import ru.portal500.identity.domain.Role;
import ru.portal500.tenancy.domain.Scope;
import ru.portal500.search.engine.Facet;
import ru.portal500.search.engine.Synonyms;
import ru.portal500.search.infrastructure.SynonymGroupRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which regions' groups a search uses, and the cache of them: read once, forgotten on a change. */
class SearchSynonymsTest {

    /** A repository in memory that counts its reads and can run something in the middle of one. */
    static final class Groups extends SynonymGroupRepository {
        final Map<String, List<List<String>>> stored = new HashMap<>();
        final List<String> reads = new ArrayList<>();
        Runnable duringRead = () -> { };

        @Override
        public List<List<String>> phrasesForSearch(String regionCode) {
            reads.add(regionCode);
            List<List<String>> groups = stored.getOrDefault(regionCode, List.of());
            duringRead.run();
            return groups;
        }
    }

    private final Groups groups = new Groups();
    private final SearchSynonyms synonyms = new SearchSynonyms();

    SearchSynonymsTest() {
        synonyms.groups = groups;
        groups.stored.put("64", List.of(List.of("ЦОКО", "центр оценки качества образования")));
        groups.stored.put("23", List.of(List.of("ККИДППО", "краснодарский краевой институт")));
    }

    private static int extra(Synonyms s) {
        return s.groups().size() - Synonyms.builtIn().groups().size();
    }

    @Test
    void aRegionsGroupsAreReadOnceAndForgottenWhenTheListChanges() {
        Synonyms first = synonyms.of(Set.of("64"));
        assertEquals(1, extra(first));
        assertSame(first, synonyms.of(Set.of("64")));
        assertEquals(List.of("64"), groups.reads);

        groups.stored.put("64", List.of(List.of("ЦОКО", "центр оценки"), List.of("РЦОИ", "региональный центр")));
        synonyms.forget("64");
        Synonyms second = synonyms.of(Set.of("64"));
        assertNotSame(first, second);
        assertEquals(2, extra(second));
        assertEquals(List.of("64", "64"), groups.reads);
    }

    @Test
    void regionsWithoutGroupsUseTheBuiltInList() {
        assertSame(Synonyms.builtIn(), synonyms.of(Set.of()));
        assertSame(Synonyms.builtIn(), synonyms.of(Set.of("77")));
        assertSame(Synonyms.builtIn(), synonyms.of(Set.of("not a code!")));
        assertEquals(List.of("77"), groups.reads, "what is not a region code is not looked up");
    }

    @Test
    void severalRegionsAddUp() {
        assertEquals(2, extra(synonyms.of(Set.of("64", "23", "77"))));
        synonyms.forget("23");
        assertEquals(1, extra(synonyms.of(Set.of("64"))), "the other region's cache stays");
    }

    @Test
    void aReadThatRacedWithAChangeIsUsedOnceButNotKept() {
        groups.duringRead = () -> synonyms.forget("64");
        assertEquals(1, extra(synonyms.of(Set.of("64"))));
        groups.duringRead = () -> { };
        synonyms.of(Set.of("64"));
        assertEquals(2, groups.reads.stream().filter("64"::equals).count(), "read again: the first was not kept");
    }

    @Test
    void aStoredGroupTheChainNoLongerAcceptsIsLeftOut() {
        groups.stored.put("64", List.of(List.of("школа", "школы"), List.of("ЦОКО", "центр оценки")));
        assertEquals(1, extra(synonyms.of(Set.of("64"))));
    }

    @Test
    void aSearchUsesTheCallersRegionsAndTheRegionsItIsNarrowedTo() {
        Caller visitor = Caller.anonymous();
        assertEquals(Set.of(), SearchService.regionsConcerned(visitor, Map.of()));
        assertEquals(Set.of("64"), SearchService.regionsConcerned(visitor, Map.of(Facet.REGION, Set.of("64"))));
        assertTrue(SearchService.regionsConcerned(visitor, Map.of(Facet.KIND, Set.of("PRACTICE"))).isEmpty());
        Caller curator = Caller.authenticated("s", "c", "C", List.of("curator"),
                List.of(new Grant(Role.CURATOR, Scope.ofSchool("64", "atkarsky", "atk-1")).groupPath()));
        assertEquals(Set.of("64"), SearchService.regionsConcerned(curator, Map.of()));
        assertEquals(Set.of("23", "64"), SearchService.regionsConcerned(curator, Map.of(Facet.REGION, Set.of("23"))));
        Caller teacher = Caller.authenticated("s", "t", "T", List.of("teacher"));
        assertEquals(Set.of(), SearchService.regionsConcerned(teacher, Map.of()), "a teacher without a territory");
    }
}
