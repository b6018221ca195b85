package ru.portal500.search.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the judged set honest (pooling): prints, per query, the items in the top {@value #DEPTH} of any
 * candidate chain that are not judged yet, for a person to read and grade. Run after changing the corpus, the
 * queries or the chains:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ru.portal500.search.engine.JudgedSetPool</pre>
 */
public final class JudgedSetPool {

    static final int DEPTH = 20;

    public static void main(String[] args) {
        JudgedSet set = JudgedSet.load();
        Map<String, IndexedItem> byId = set.items().stream().collect(Collectors.toMap(IndexedItem::id, Function.identity()));
        Map<String, ChainHarness> harnesses = new LinkedHashMap<>();
        for (CandidateChain chain : CandidateChain.values()) {
            harnesses.put(chain.name(), new ChainHarness(set, chain, false));
            harnesses.put(chain.name() + "+synonyms", new ChainHarness(set, chain, true));
        }
        int unjudged = 0;
        for (JudgedSet.Query query : set.queries()) {
            Set<String> pool = new LinkedHashSet<>();
            harnesses.values().forEach(h -> pool.addAll(h.top(query.text(), DEPTH)));
            pool.removeAll(query.relevant().keySet());
            System.out.printf("%n### %s  (judged: %s)%n", query.text(), query.relevant());
            for (String id : pool) {
                IndexedItem item = byId.get(id);
                String text = item.text().replace('\n', ' ');
                System.out.printf("  %s | %s | %s%n", id, item.title(), text.substring(0, Math.min(700, text.length())));
                unjudged++;
            }
        }
        System.out.printf("%nunjudged in the pools: %d%n", unjudged);
    }
}
