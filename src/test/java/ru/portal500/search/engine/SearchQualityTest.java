package ru.portal500.search.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search quality, nDCG@10 and recall@10, on both judged sets, each beside raw Lucene's one-field baseline
 * ({@link OneFieldBaseline}) measured in the same run:
 * <ul>
 *     <li>the <b>tuning set</b> ({@code judged-set.json}), on which the chain and its weights were chosen, printed
 *     beside the candidate chains it was chosen among;</li>
 *     <li>the <b>held-out set</b> ({@code held-out-set.json}), written apart from the engine over other passages and
 *     whole seed documents: it only reports. Its figure is the one that says how the engine does on queries nobody
 *     tuned it to.</li>
 * </ul>
 */
class SearchQualityTest {

    /**
     * The engine's mean nDCG@10 over the tuning set must stay at or above this. Measured 0.795 on the first 40 queries
     * when the chain was chosen (stock RussianAnalyzer: 0.763; the engine's chain without synonyms: 0.764), and the
     * threshold was then 0.77. Issue 15 added 36 queries of the classes the chain fails on (question words, verb vs
     * noun, everyday words, set phrases, hyphen variants, short, long) and 21 practices: with the engine unchanged the
     * mean is 0.705 (the new queries 0.627; the first 40 0.776, down from 0.795 only because the new practices now
     * compete with their items, and some gained relevant practices written in other words: «травля в школе» 0.613 to
     * 0.390, its new items say «буллинг»). With issue 15's scoring (BM25F, passages), thesaurus and chain the engine
     * measures 0.794, and 0.824 with a misspelt word searched corrected (issue 15's third session); the margin of
     * 0.034 absorbs small ranking shifts (a changed weight, one more synonym group, a re-judged item) but not the loss
     * of any one of them (the thesaurus alone is worth 0.029, the families 0.028, the correction 0.030).
     */
    static final double THRESHOLD = 0.79;

    /**
     * The engine's mean nDCG@10 over the held-out set must stay at or above this. Issue 15 asks for 0.75, which the
     * engine does not reach: it scored 0.540 when the set was written (raw Lucene's one field: 0.565) and 0.598 with
     * issue 15's scoring, thesaurus and chain, 0.620 with a misspelt word searched corrected. This guards what is
     * reached (0.620 less 0.03); it is not the goal.
     */
    static final double HELD_OUT_THRESHOLD = 0.59;

    /** The weights of the thesaurus's words the engine's ({@link Synonyms#THESAURUS_WEIGHT}) was chosen among, on the tuning set only. */
    private static final float[] THESAURUS_WEIGHTS = {0.25f, 0.4f, 0.5f, 0.6f, 0.75f, 1f};

    private static final String ENGINE = "engine (SearchIndex)";
    private static final String BASELINE = "raw Lucene: RussianAnalyzer, one field, BM25";

    private static JudgedSet tuning;
    private static JudgedSet heldOut;
    private static SearchIndex tuningIndex;
    private static SearchIndex heldOutIndex;

    @BeforeAll
    static void indexTheCorpora() throws IOException {
        tuning = JudgedSet.load();
        heldOut = JudgedSet.heldOut();
        tuningIndex = indexOf(tuning);
        heldOutIndex = indexOf(heldOut);
    }

    private static SearchIndex indexOf(JudgedSet set) throws IOException {
        SearchIndex index = SearchIndex.inMemory();
        for (IndexedItem item : set.items()) {
            index.upsert(item);
        }
        index.commit();
        return index;
    }

    @AfterAll
    static void close() {
        tuningIndex.close();
        heldOutIndex.close();
    }

    private static List<String> top(SearchIndex index, JudgedSet set, String query) {
        return top(index, set, query, Synonyms.builtIn());
    }

    private static List<String> top(SearchIndex index, JudgedSet set, String query, Synonyms synonyms) {
        return index.search(SearchRequest.builder(query, set.allKeys()).synonyms(synonyms).page(0, 10).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void theJudgedSetsAreLargeEnoughAndApart() {
        assertTrue(tuning.items().size() >= 150, "items: " + tuning.items().size());
        assertTrue(tuning.queries().size() >= 30, "queries: " + tuning.queries().size());
        assertTrue(heldOut.items().size() >= 130, "held-out items: " + heldOut.items().size());
        assertTrue(heldOut.queries().size() >= 40, "held-out queries: " + heldOut.queries().size());
        Set<String> tuningTexts = new java.util.HashSet<>(tuning.items().stream().map(IndexedItem::text).toList());
        heldOut.items().forEach(i -> assertTrue(!tuningTexts.contains(i.text()), "a held-out item is also a tuning item: " + i.id()));
    }

    @Test
    void onTheTuningSetBesideTheCandidateChains() {
        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        systems.put(ENGINE, q -> top(tuningIndex, tuning, q));
        OneFieldBaseline baseline = new OneFieldBaseline(tuning);
        systems.put(BASELINE, q -> baseline.top(q, 10));
        systems.put("engine without the thesaurus", q -> top(tuningIndex, tuning, q, Synonyms.builtIn().withoutThesaurus()));
        for (float weight : THESAURUS_WEIGHTS) {
            Synonyms weighed = Synonyms.builtIn().withThesaurusWeight(weight);
            systems.put("engine, thesaurus weighed " + weight, q -> top(tuningIndex, tuning, q, weighed));
        }
        for (CandidateChain chain : CandidateChain.values()) {
            ChainHarness plain = new ChainHarness(tuning, chain, false);
            ChainHarness withSynonyms = new ChainHarness(tuning, chain, true);
            systems.put(chain.name(), q -> plain.top(q, 10));
            systems.put(chain.name() + " + synonyms", q -> withSynonyms.top(q, 10));
        }
        double engine = report("TUNING set (judged-set.json)", tuning, systems, true);
        assertTrue(engine >= THRESHOLD, "tuning set: nDCG@10 " + engine + " < " + THRESHOLD);
    }

    @Test
    void onTheTuningSetWithWholeDocuments() throws IOException {
        JudgedSet whole = tuning.withWholeDocuments();
        try (SearchIndex index = indexOf(whole)) {
            Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
            systems.put(ENGINE, q -> top(index, whole, q));
            OneFieldBaseline baseline = new OneFieldBaseline(whole);
            systems.put(BASELINE, q -> baseline.top(q, 10));
            report("TUNING set with its passages' whole documents (passage scoring is tuned here)", whole, systems, false);
        }
    }

    @Test
    void onTheHeldOutSet() {
        Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
        systems.put(ENGINE, q -> top(heldOutIndex, heldOut, q));
        OneFieldBaseline baseline = new OneFieldBaseline(heldOut);
        systems.put(BASELINE, q -> baseline.top(q, 10));
        double engine = report("HELD-OUT set (held-out-set.json, never tuned on)", heldOut, systems, false);
        assertTrue(engine >= HELD_OUT_THRESHOLD, "held-out set: nDCG@10 " + engine + " < " + HELD_OUT_THRESHOLD);
    }

    /**
     * Prints the means, the means by what the queries cover and, for the tuning set only, every query (engine |
     * baseline); the engine's nDCG@10. The held-out set's queries are not printed one by one: nobody tunes on them.
     */
    private static double report(String title, JudgedSet set, Map<String, Function<String, List<String>>> systems, boolean perQuery) {
        Map<String, Map<String, List<String>>> rankings = new LinkedHashMap<>();
        systems.forEach((name, system) -> {
            Map<String, List<String>> byQuery = new LinkedHashMap<>();
            set.queries().forEach(q -> byQuery.put(q.text(), system.apply(q.text())));
            rankings.put(name, byQuery);
        });
        System.out.printf("%n%s: %d queries, %d items%n  %-48s nDCG@10  recall@10%n", title, set.queries().size(), set.items().size(), "");
        rankings.forEach((name, byQuery) -> System.out.printf("  %-48s %.3f    %.3f%n", name,
                mean(set, q -> Ndcg.at(10, byQuery.get(q.text()), q.relevant())),
                mean(set, q -> Ndcg.recallAt(10, byQuery.get(q.text()), q.relevant()))));
        Map<String, List<String>> engine = rankings.get(ENGINE);
        Map<String, List<String>> baseline = rankings.get(BASELINE);
        Map<String, List<JudgedSet.Query>> byTag = new LinkedHashMap<>();
        set.queries().forEach(q -> {
            for (String tag : q.covers().split(",\\s*")) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(q);
            }
        });
        System.out.println("  by what the queries cover, nDCG@10 (engine | baseline):");
        byTag.forEach((tag, queries) -> System.out.printf("    %-45s %.3f | %.3f  (%d)%n", tag,
                queries.stream().mapToDouble(q -> Ndcg.at(10, engine.get(q.text()), q.relevant())).average().orElse(0),
                queries.stream().mapToDouble(q -> Ndcg.at(10, baseline.get(q.text()), q.relevant())).average().orElse(0), queries.size()));
        if (!perQuery) {
            return mean(set, q -> Ndcg.at(10, engine.get(q.text()), q.relevant()));
        }
        System.out.println("  per query, nDCG@10 and recall@10 (engine | baseline):");
        for (JudgedSet.Query q : set.queries()) {
            System.out.printf("    %.3f %.3f | %.3f %.3f  %s%n", Ndcg.at(10, engine.get(q.text()), q.relevant()),
                    Ndcg.recallAt(10, engine.get(q.text()), q.relevant()), Ndcg.at(10, baseline.get(q.text()), q.relevant()),
                    Ndcg.recallAt(10, baseline.get(q.text()), q.relevant()), q.text());
        }
        return mean(set, q -> Ndcg.at(10, engine.get(q.text()), q.relevant()));
    }

    private static double mean(JudgedSet set, java.util.function.ToDoubleFunction<JudgedSet.Query> score) {
        return set.queries().stream().mapToDouble(score).average().orElse(0);
    }

    @Test
    void misspeltQueriesGetTheirCorrection() {
        for (JudgedSet.Query query : tuning.queries()) {
            query.didYouMean().ifPresent(expected -> {
                SearchResult result = tuningIndex.search(SearchRequest.builder(query.text(), tuning.allKeys()).build());
                assertEquals(expected, result.readAs().map(QueryReading::searched).or(result::didYouMean).orElse(null), query.text());
                System.out.printf("typo: nDCG@10 %.3f as searched (%s), %.3f of the correction (%s)%n",
                        Ndcg.at(10, top(tuningIndex, tuning, query.text()), query.relevant()),
                        result.readAs().isPresent() ? "corrected" : "offered", Ndcg.at(10, top(tuningIndex, tuning, expected), query.relevant()), expected);
            });
        }
    }
}
