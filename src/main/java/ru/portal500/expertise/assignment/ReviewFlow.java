package ru.portal500.expertise.assignment;

import java.util.Arrays;

/**
 * An optimal flow of reviews: how many reviews each reviewer gives each document group, and how many
 * reviews of each group are missing (only when the network allowed a shortfall).
 */
record ReviewFlow(int[] reviewers, int[] groups, int[] amounts, int[] missing) {

    long missingReviews() {
        return Arrays.stream(missing).asLongStream().sum();
    }
}
