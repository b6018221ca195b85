package ru.portal500.search.engine;

import java.util.List;
import java.util.Map;

/** nDCG@k with graded relevance: gain 2^grade − 1, discount log2(rank + 1); the ideal ranking from all judged items. */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranked, Map<String, Integer> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(relevant.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /**
     * The share of the relevant items (any grade) in the first k, out of as many as fit in k: a perfect ranking scores 1
     * even for a query with more than k relevant items.
     */
    static double recallAt(int k, List<String> ranked, Map<String, Integer> relevant) {
        long found = ranked.stream().limit(k).filter(relevant::containsKey).count();
        return relevant.isEmpty() ? 0 : (double) found / Math.min(k, relevant.size());
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
