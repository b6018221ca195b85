package ru.portal500.registry.application;

/**
 * The region's pairs changed: a pair formed, given another curator school or dissolved, a helper named, removed or
 * succeeded. Fired in the changing transaction; whoever derives data from the pairs (the conflicts of interest the
 * search index keeps for contests' juries) observes it after the commit.
 */
public record PairsChanged(String regionCode) {
}
