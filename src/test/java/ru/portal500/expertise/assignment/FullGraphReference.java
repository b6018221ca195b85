package ru.portal500.expertise.assignment;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The optimum of a medium round by the plain textbook network: every eligible reviewer–document pair
 * an arc of capacity 1 (through a reviewer–school node with one document per author school), no
 * groups, no candidates, no pricing. Empty when the network has no feasible flow.
 */
final class FullGraphReference {

    private static final long OFFSET = 2L * MunicipalityDistance.MAX_COST;

    private FullGraphReference() {
    }

    static OptionalLong minimumCost(AssignmentProblem problem) {
        if (problem.reviewsPerReviewer().isPresent()
                && (long) problem.reviewers().size() * problem.reviewsPerReviewer().getAsInt() != problem.totalReviews()) {
            return OptionalLong.empty();
        }
        List<Reviewer> reviewers = problem.reviewers();
        List<DocumentUnderReview> documents = problem.documents();
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<Integer, Integer> supply = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        int n = reviewers.size();
        int min = problem.minimumLoad();
        int extra = (int) (problem.totalReviews() - (long) min * n);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
            supply.put(i, min);
        }
        for (int d = 0; d < documents.size(); d++) {
            graph.addVertex(n + d);
            supply.put(n + d, -problem.reviewsPerDocument());
        }
        int next = n + documents.size();
        if (extra > 0) {
            int source = next++;
            graph.addVertex(source);
            supply.put(source, extra);
            for (int i = 0; i < n; i++) {
                DefaultWeightedEdge edge = graph.addEdge(source, i);
                graph.setEdgeWeight(edge, 0);
                capacity.put(edge, 1);
            }
        }
        for (int i = 0; i < n; i++) {
            Map<Long, Integer> schoolNode = new HashMap<>();
            for (int d = 0; d < documents.size(); d++) {
                Reviewer reviewer = reviewers.get(i);
                DocumentUnderReview document = documents.get(d);
                if (!problem.eligible(reviewer, document)) {
                    continue;
                }
                int from = i;
                if (problem.onePerAuthorSchool()) {
                    Integer node = schoolNode.get(document.authorSchoolId());
                    if (node == null) {
                        node = next++;
                        graph.addVertex(node);
                        supply.put(node, 0);
                        DefaultWeightedEdge edge = graph.addEdge(i, node);
                        graph.setEdgeWeight(edge, 0);
                        capacity.put(edge, 1);
                        schoolNode.put(document.authorSchoolId(), node);
                    }
                    from = node;
                }
                DefaultWeightedEdge edge = graph.addEdge(from, n + d);
                graph.setEdgeWeight(edge, problem.cost(reviewer, document) + OFFSET);
                capacity.put(edge, 1);
            }
        }
        try {
            double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(
                    new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, supply::get, capacity::get)).getCost();
            return OptionalLong.of(Math.round(cost) - OFFSET * problem.totalReviews());
        } catch (IllegalArgumentException infeasible) {
            return OptionalLong.empty();
        }
    }
}
