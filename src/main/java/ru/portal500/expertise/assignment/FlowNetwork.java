package ru.portal500.expertise.assignment;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

import java.util.Arrays;
import java.util.Map;

/**
 * A network of nodes with supplies (positive) and demands (negative) and arcs with capacities and
 * whole-number costs, solved for a minimum-cost flow by JGraphT's {@link CapacityScalingMinimumCostFlow}
 * as successive shortest paths, without scaling: the review arcs have capacities of 5 or less, so the
 * scaling phases could only route flow through the algorithm's own infinite-cost arcs and undo it
 * afterwards (measured: ten to twenty times slower). The solution comes with node potentials (the
 * dual), checked here to certify optimality: every arc with room left has a non-negative reduced cost
 * {@code cost + potential(head) - potential(tail)}, every arc carrying flow a non-positive one, and
 * every node's balance is its supply.
 */
final class FlowNetwork {

    /** Arcs are kept below JGraphT's own infinite cost (10⁹). */
    static final long MAX_ARC_COST = 200_000_000L;

    /** A scaling factor below 2 makes the algorithm plain successive shortest paths. */
    private static final int NO_SCALING = 1;

    private final IntList supplies = new IntList();
    private final IntList tails = new IntList();
    private final IntList heads = new IntList();
    private final IntList capacities = new IntList();
    private long[] costs = new long[64];

    int addNode(int supply) {
        supplies.add(supply);
        return supplies.size() - 1;
    }

    int addArc(int tail, int head, int capacity, long cost) {
        if (cost < 0 || cost > MAX_ARC_COST) {
            throw new IllegalArgumentException("arc cost out of range: " + cost);
        }
        int arc = tails.size();
        if (arc == costs.length) {
            costs = Arrays.copyOf(costs, arc * 2);
        }
        tails.add(tail);
        heads.add(head);
        capacities.add(capacity);
        costs[arc] = cost;
        return arc;
    }

    int nodeCount() {
        return supplies.size();
    }

    int arcCount() {
        return tails.size();
    }

    int tail(int arc) {
        return tails.get(arc);
    }

    int head(int arc) {
        return heads.get(arc);
    }

    /** Solves the network, which must have a feasible flow. */
    Solution solve() {
        Graph<Integer, Arc> graph = new SimpleDirectedWeightedGraph<>(null, null);
        for (int v = 0; v < nodeCount(); v++) {
            graph.addVertex(v);
        }
        Arc[] arcs = new Arc[arcCount()];
        for (int a = 0; a < arcs.length; a++) {
            arcs[a] = new Arc(a);
            graph.addEdge(tails.get(a), heads.get(a), arcs[a]);
            graph.setEdgeWeight(arcs[a], costs[a]);
        }
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, supplies::get, arc -> capacities.get(arc.index));
        CapacityScalingMinimumCostFlow<Integer, Arc> algorithm = new CapacityScalingMinimumCostFlow<>(NO_SCALING);
        MinimumCostFlowAlgorithm.MinimumCostFlow<Arc> flow = algorithm.getMinimumCostFlow(problem);
        int[] flows = new int[arcs.length];
        for (int a = 0; a < arcs.length; a++) {
            flows[a] = (int) Math.round(flow.getFlow(arcs[a]));
        }
        Map<Integer, Double> dual = algorithm.getDualSolution();
        double[] potentials = new double[nodeCount()];
        for (int v = 0; v < potentials.length; v++) {
            potentials[v] = dual.get(v);
        }
        Solution solution = new Solution(flows, potentials);
        certify(solution);
        return solution;
    }

    /** Reduced cost of an arc that is not (yet) in the network. */
    static double reducedCost(long cost, double tailPotential, double headPotential) {
        return cost + headPotential - tailPotential;
    }

    private void certify(Solution solution) {
        long[] balance = new long[nodeCount()];
        for (int a = 0; a < arcCount(); a++) {
            int flow = solution.flows[a];
            double reduced = reducedCost(costs[a], solution.potentials[tails.get(a)], solution.potentials[heads.get(a)]);
            if (flow < 0 || flow > capacities.get(a)
                    || (flow < capacities.get(a) && reduced < -0.5) || (flow > 0 && reduced > 0.5)) {
                throw new IllegalStateException("the flow solver returned a flow that is not provably optimal");
            }
            balance[tails.get(a)] += flow;
            balance[heads.get(a)] -= flow;
        }
        for (int v = 0; v < nodeCount(); v++) {
            if (balance[v] != supplies.get(v)) {
                throw new IllegalStateException("the flow solver returned a flow that breaks conservation");
            }
        }
    }

    /** Flow per arc and potential per node. */
    record Solution(int[] flows, double[] potentials) {
    }

    /** JGraphT's edge for one arc; the weight (cost) lives in the edge itself. */
    private static final class Arc extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        private final int index;

        Arc(int index) {
            this.index = index;
        }
    }
}
