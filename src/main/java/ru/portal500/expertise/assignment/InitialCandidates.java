package ru.portal500.expertise.assignment;

import java.util.SplittableRandom;

/**
 * The first candidate pairs, chosen so that the first solve is usually already optimal: every declared
 * preference, and for each document group one and a half times as many reviewers as it needs, plus two, from the
 * municipalities that an optimal flow between <em>municipalities</em> (the relaxation that ignores
 * conflicts) sends its reviews from. The reviewers of a municipality are dealt out like cards, so
 * candidates spread evenly and irregularly over them. This choice only affects speed:
 * {@link CandidateFlow} proves or corrects it.
 */
final class InitialCandidates {

    /** The dealing order is random but fixed: the same round gets the same candidates. */
    private static final long SEED = 500;

    private InitialCandidates() {
    }

    static CandidateArcs choose(IndexedRound round) {
        CandidateArcs candidates = new CandidateArcs(round.reviewerCount, round.groupCount);
        for (int i = 0; i < round.reviewerCount; i++) {
            for (int g : round.preferredGroups[i]) {
                if (round.eligible(i, g)) {
                    candidates.add(i, g);
                }
            }
        }
        long[][] classFlow = classFlow(round);
        Dealer[] dealers = new Dealer[round.municipalityCount];
        for (int a = 0; a < round.municipalityCount; a++) {
            dealers[a] = new Dealer(round.municipalityReviewers[a], new SplittableRandom(SEED + a));
        }
        for (int b = 0; b < round.municipalityCount; b++) {
            long demand = 0;
            for (int g : round.municipalityGroups[b]) {
                demand += round.groupDemand[g];
            }
            for (int a = 0; a < round.municipalityCount; a++) {
                if (classFlow[a][b] == 0) {
                    continue;
                }
                Dealer dealer = dealers[a];
                for (int g : round.municipalityGroups[b]) {
                    // this municipality's part of 1.5 times the reviewers the group needs, plus two
                    double part = (double) classFlow[a][b] / demand;
                    int wanted = (int) Math.ceil(part * (1.5 * round.groupDemand[g] / round.groupCapacity[g] + 2));
                    int taken = 0;
                    for (int scanned = 0; scanned < dealer.size() && taken < wanted; scanned++) {
                        int i = dealer.next();
                        if (round.eligible(i, g) && candidates.add(i, g)) {
                            taken++;
                        }
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * Deals a municipality's reviewers out one by one, each pass in a new random order: every reviewer
     * gets a fair number of candidate pairs, and no fixed pattern leaves a block of reviewers and groups
     * with exactly enough capacity, which a conflict would then make infeasible.
     */
    private static final class Dealer {
        private final int[] reviewers;
        private final SplittableRandom random;
        private int position;

        Dealer(int[] reviewers, SplittableRandom random) {
            this.reviewers = reviewers.clone();
            this.random = random;
            this.position = reviewers.length;
        }

        int size() {
            return reviewers.length;
        }

        int next() {
            if (position == reviewers.length) {
                for (int x = reviewers.length - 1; x > 0; x--) {
                    int y = random.nextInt(x + 1);
                    int swap = reviewers[x];
                    reviewers[x] = reviewers[y];
                    reviewers[y] = swap;
                }
                position = 0;
            }
            return reviewers[position++];
        }
    }

    /** Reviews from each reviewers' municipality to each documents' municipality in an optimal relaxed flow. */
    static long[][] classFlow(IndexedRound round) {
        int m = round.municipalityCount;
        FlowNetwork network = new FlowNetwork();
        int[] reviewerNode = new int[m];
        int[] documentNode = new int[m];
        long[] supply = new long[m];
        long[] demand = new long[m];
        for (int i = 0; i < round.reviewerCount; i++) {
            supply[round.reviewerMunicipality[i]]++;
        }
        for (int g = 0; g < round.groupCount; g++) {
            demand[round.groupMunicipality[g]] += round.groupDemand[g];
        }
        for (int a = 0; a < m; a++) {
            reviewerNode[a] = network.addNode(Math.toIntExact(supply[a] * round.minimumLoad));
        }
        for (int b = 0; b < m; b++) {
            documentNode[b] = network.addNode(Math.toIntExact(-demand[b]));
        }
        if (round.reviewersAtMaximum > 0) {
            int source = network.addNode(round.reviewersAtMaximum);
            for (int a = 0; a < m; a++) {
                if (supply[a] > 0) {
                    network.addArc(source, reviewerNode[a], Math.toIntExact(supply[a]), 0);
                }
            }
        }
        int shortfall = network.addNode(0);
        int[][] arc = new int[m][m];
        for (int a = 0; a < m; a++) {
            int places = Math.toIntExact(supply[a] * round.maximumLoad);
            if (places > 0) {
                network.addArc(reviewerNode[a], shortfall, places, CandidateFlow.SHORTFALL_PENALTY);
            }
            for (int b = 0; b < m; b++) {
                arc[a][b] = -1;
                if (places > 0 && demand[b] > 0 && round.municipalitiesAllowed(a, b)) {
                    arc[a][b] = network.addArc(reviewerNode[a], documentNode[b], Math.toIntExact(Math.min(places, demand[b])),
                            round.distance[a][b] + round.costOffset);
                }
            }
        }
        for (int b = 0; b < m; b++) {
            if (demand[b] > 0) {
                network.addArc(shortfall, documentNode[b], Math.toIntExact(demand[b]), CandidateFlow.SHORTFALL_PENALTY);
            }
        }
        int[] flows = network.solve().flows();
        long[][] result = new long[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                result[a][b] = arc[a][b] < 0 ? 0 : flows[arc[a][b]];
            }
        }
        return result;
    }
}
