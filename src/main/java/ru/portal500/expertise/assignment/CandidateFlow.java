package ru.portal500.expertise.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The minimum-cost flow of reviews over the candidate pairs, proven optimal over <em>all</em> pairs.
 *
 * <p>The network: each reviewer supplies its minimum load (a source adds one more review to as many
 * reviewers as the totals require), each document group demands r reviews per document, and a
 * candidate pair carries up to the group's capacity (its size; 1 with one document per author school).
 * With one document per author school, a reviewer that has candidates in two or more groups of one
 * school reaches them through a node of its own for that school, behind an arc of capacity 1.
 * Optionally, a <em>shortfall</em> node lets a reviewer's place stay empty and a group's review stay
 * missing, at a penalty, so that the network always has a flow.
 *
 * <p>Column generation: after each solve, the potentials price every pair that is not a candidate. A
 * pair's reduced cost is {@code cost + potential(group) - potential(reviewer)}. Outside the candidates
 * (all declared preferences are candidates from the start) the cost depends only on the two
 * municipalities, so per reviewer and municipality the groups are walked in increasing potential and
 * the walk stops at the first non-negative reduced cost: every later group has one too. The walk skips
 * candidates, conflicts, and the schools where the reviewer already has a candidate among several
 * groups; those are priced one by one against the potential a new arc there would hang from
 * ({@link SchoolAccess#anchor}). Pairs with a negative reduced cost join the candidates and the network
 * is solved again; the candidates only grow, so this ends. When no pair is left, the potentials extend
 * to a feasible dual of the complete network that satisfies complementary slackness with the flow
 * (certified on the candidates by {@link FlowNetwork}), so the flow is optimal for the complete
 * network's linear programme; being whole-number, it is optimal among assignments.
 */
final class CandidateFlow {

    /** What the arcs cost. */
    enum Costs {
        /** The objective; a missing review costs a penalty on each of two arcs. */
        OBJECTIVE,
        /** Nothing but missing reviews, 1 on each of two arcs: the fewest missing reviews. */
        SHORTFALL
    }

    static final long SHORTFALL_PENALTY = 100_000_000L;
    /** New candidates per reviewer and municipality per pricing round. */
    private static final int ADDED_PER_MUNICIPALITY = 4;

    private CandidateFlow() {
    }

    /**
     * The optimal flow. A {@code shortfallPenalty} of 0 allows no missing review and needs candidates
     * that admit a complete flow; with {@link Costs#SHORTFALL} any positive value means "allowed".
     */
    static ReviewFlow optimise(IndexedRound round, CandidateArcs candidates, Costs costs, long shortfallPenalty) {
        while (true) {
            Network network = build(round, candidates, costs, shortfallPenalty);
            FlowNetwork.Solution solution = network.flow.solve();
            if (price(round, candidates, network, solution, costs) == 0) {
                return network.result(round, solution);
            }
        }
    }

    private static Network build(IndexedRound round, CandidateArcs candidates, Costs costs, long shortfallPenalty) {
        int n = round.reviewerCount;
        FlowNetwork flow = new FlowNetwork();
        for (int i = 0; i < n; i++) {
            flow.addNode(round.minimumLoad);
        }
        for (int g = 0; g < round.groupCount; g++) {
            flow.addNode(-round.groupDemand[g]);
        }
        if (round.reviewersAtMaximum > 0) {
            int source = flow.addNode(round.reviewersAtMaximum);
            for (int i = 0; i < n; i++) {
                flow.addArc(source, i, 1, 0);
            }
        }
        Network network = new Network(flow, costs, n, round.groupCount);
        if (shortfallPenalty > 0) {
            long penalty = costs == Costs.OBJECTIVE ? shortfallPenalty : 1;
            int shortfall = flow.addNode(0);
            for (int i = 0; i < n; i++) {
                network.emptyPlace[i] = flow.addArc(i, shortfall, round.maximumLoad, penalty);
            }
            for (int g = 0; g < round.groupCount; g++) {
                network.missingReview[g] = flow.addArc(shortfall, n + g, round.groupDemand[g], penalty);
            }
        }
        boolean limitSchools = round.problem.onePerAuthorSchool();
        Map<Integer, Integer> perSchool = new HashMap<>();
        for (int i = 0; i < n; i++) {
            IntList groups = candidates.groupsOf(i);
            perSchool.clear();
            if (limitSchools) {
                for (int x = 0; x < groups.size(); x++) {
                    int school = round.groupSchool[groups.get(x)];
                    if (round.schoolHasManyGroups[school]) {
                        perSchool.merge(school, 1, Integer::sum);
                    }
                }
            }
            for (int x = 0; x < groups.size(); x++) {
                int g = groups.get(x);
                long cost = network.arcCost(round, i, g);
                int school = round.groupSchool[g];
                int arc;
                if (perSchool.getOrDefault(school, 0) > 1) {
                    int node = network.schoolNode(i, school);
                    arc = flow.addArc(node, n + g, 1, cost);
                } else {
                    arc = flow.addArc(i, n + g, round.groupCapacity[g], cost);
                    if (perSchool.containsKey(school)) {
                        network.soleArc(i, school, arc, g);
                    }
                }
                network.reviewArc(arc, i, g);
            }
        }
        return network;
    }

    /** Adds the pairs of negative reduced cost to the candidates; returns how many. */
    private static int price(IndexedRound round, CandidateArcs candidates, Network network,
                             FlowNetwork.Solution solution, Costs costs) {
        int n = round.reviewerCount;
        double[] potential = solution.potentials();
        int[][] byPotential = new int[round.municipalityCount][];
        for (int b = 0; b < round.municipalityCount; b++) {
            byPotential[b] = Arrays.stream(round.municipalityGroups[b]).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(g -> potential[n + g]).thenComparingInt(g -> g))
                    .mapToInt(Integer::intValue).toArray();
        }
        int[] mark = new int[round.groupCount];
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int stamp = i + 1;
            IntList groups = candidates.groupsOf(i);
            for (int x = 0; x < groups.size(); x++) {
                mark[groups.get(x)] = stamp;
            }
            for (int g : round.reviewerConflictGroups[i]) {
                mark[g] = stamp;
            }
            Map<Integer, SchoolAccess> schools = network.schoolsOf(i);
            for (int school : schools.keySet()) {
                for (int g : round.schoolGroups[school]) {
                    mark[g] = stamp;
                }
            }
            int a = round.reviewerMunicipality[i];
            for (int b = 0; b < round.municipalityCount; b++) {
                if (!round.municipalitiesAllowed(a, b)) {
                    continue;
                }
                long base = costs == Costs.OBJECTIVE ? round.distance[a][b] + round.costOffset : 0;
                int added = 0;
                for (int g : byPotential[b]) {
                    if (FlowNetwork.reducedCost(base, potential[i], potential[n + g]) > -0.5) {
                        break;
                    }
                    if (mark[g] != stamp) {
                        found.add(new int[] {i, g});
                        if (++added == ADDED_PER_MUNICIPALITY) {
                            break;
                        }
                    }
                }
            }
            for (Map.Entry<Integer, SchoolAccess> entry : schools.entrySet()) {
                double anchor = entry.getValue().anchor(round, network, solution, i);
                for (int g : round.schoolGroups[entry.getKey()]) {
                    if (!candidates.contains(i, g) && round.eligible(i, g)
                            && FlowNetwork.reducedCost(network.arcCost(round, i, g), anchor, potential[n + g]) < -0.5) {
                        found.add(new int[] {i, g});
                    }
                }
            }
        }
        for (int[] pair : found) {
            candidates.add(pair[0], pair[1]);
        }
        return found.size();
    }

    /** One built network and where its arcs stand in the round. */
    private static final class Network {
        final FlowNetwork flow;
        final Costs costs;
        final int[] emptyPlace;
        final int[] missingReview;
        final IntList reviewArcs = new IntList();
        final IntList arcReviewer = new IntList();
        final IntList arcGroup = new IntList();
        final List<Map<Integer, SchoolAccess>> schools = new ArrayList<>();

        Network(FlowNetwork flow, Costs costs, int reviewerCount, int groupCount) {
            this.flow = flow;
            this.costs = costs;
            this.emptyPlace = new int[reviewerCount];
            this.missingReview = new int[groupCount];
            Arrays.fill(emptyPlace, -1);
            Arrays.fill(missingReview, -1);
            for (int i = 0; i < reviewerCount; i++) {
                schools.add(Map.of());
            }
        }

        long arcCost(IndexedRound round, int reviewer, int group) {
            return costs == Costs.OBJECTIVE ? round.cost(reviewer, group) + round.costOffset : 0;
        }

        /** The node through which the reviewer reaches the author school's groups: at most one review passes. */
        int schoolNode(int reviewer, int school) {
            SchoolAccess access = accessOf(reviewer).get(school);
            if (access == null) {
                int node = flow.addNode(0);
                flow.addArc(reviewer, node, 1, 0);
                access = new SchoolAccess(node, -1, -1);
                accessOf(reviewer).put(school, access);
            }
            return access.node();
        }

        /** The reviewer's only candidate among the school's groups: a direct arc of capacity 1 is limit enough. */
        void soleArc(int reviewer, int school, int arc, int group) {
            accessOf(reviewer).put(school, new SchoolAccess(-1, arc, group));
        }

        /** The schools with several groups of which the reviewer has candidates, and how it reaches them. */
        Map<Integer, SchoolAccess> schoolsOf(int reviewer) {
            return schools.get(reviewer);
        }

        private Map<Integer, SchoolAccess> accessOf(int reviewer) {
            if (schools.get(reviewer).isEmpty()) {
                schools.set(reviewer, new HashMap<>());
            }
            return schools.get(reviewer);
        }

        void reviewArc(int arc, int reviewer, int group) {
            reviewArcs.add(arc);
            arcReviewer.add(reviewer);
            arcGroup.add(group);
        }

        ReviewFlow result(IndexedRound round, FlowNetwork.Solution solution) {
            int[] flows = solution.flows();
            IntList reviewers = new IntList();
            IntList groups = new IntList();
            IntList amounts = new IntList();
            for (int x = 0; x < reviewArcs.size(); x++) {
                int amount = flows[reviewArcs.get(x)];
                if (amount > 0) {
                    reviewers.add(arcReviewer.get(x));
                    groups.add(arcGroup.get(x));
                    amounts.add(amount);
                }
            }
            int[] missing = new int[round.groupCount];
            for (int g = 0; g < missing.length; g++) {
                missing[g] = missingReview[g] < 0 ? 0 : flows[missingReview[g]];
            }
            return new ReviewFlow(reviewers.toArray(), groups.toArray(), amounts.toArray(), missing);
        }
    }

    /**
     * How a reviewer reaches a school of several groups under one document per author school: through
     * its own node ({@code node}), or by the one candidate arc it has there ({@code soleArc} to
     * {@code soleGroup}).
     */
    private record SchoolAccess(int node, int soleArc, int soleGroup) {

        /**
         * The potential a new arc to another group of the school is priced against. Through a node, the
         * node's. With a sole arc, adding a second one means a node between: it can take a potential
         * that keeps every condition iff the new arc's {@code cost + potential(group)} reaches the
         * reviewer's potential when the sole arc is idle, or the sole arc's {@code cost + potential}
         * when it carries the review.
         */
        double anchor(IndexedRound round, Network network, FlowNetwork.Solution solution, int reviewer) {
            if (node >= 0) {
                return solution.potentials()[node];
            }
            if (solution.flows()[soleArc] == 0) {
                return solution.potentials()[reviewer];
            }
            return network.arcCost(round, reviewer, soleGroup) + solution.potentials()[round.reviewerCount + soleGroup];
        }
    }
}
