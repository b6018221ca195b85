package ru.portal500.expertise.assignment;

import java.util.HashSet;
import java.util.Set;

/** The reviewer–group pairs the flow network currently offers; it only grows. */
final class CandidateArcs {

    private final IntList[] groupsOf;
    private final Set<Long> pairs = new HashSet<>();
    private final int groupCount;

    CandidateArcs(int reviewerCount, int groupCount) {
        this.groupCount = groupCount;
        groupsOf = new IntList[reviewerCount];
        for (int i = 0; i < reviewerCount; i++) {
            groupsOf[i] = new IntList();
        }
    }

    /** Adds the pair unless it is there already; says whether it was added. */
    boolean add(int reviewer, int group) {
        if (!pairs.add(key(reviewer, group))) {
            return false;
        }
        groupsOf[reviewer].add(group);
        return true;
    }

    boolean contains(int reviewer, int group) {
        return pairs.contains(key(reviewer, group));
    }

    /** The reviewer's groups, in the order they were added. */
    IntList groupsOf(int reviewer) {
        return groupsOf[reviewer];
    }

    int size() {
        return pairs.size();
    }

    private long key(int reviewer, int group) {
        return (long) reviewer * groupCount + group;
    }
}
