package ru.portal500.people.application;

/**
 * A person's home organisation changed, within the region named (fired once for the old home's region and once for
 * the new one's when they differ). Whoever derives data from people's homes (the conflicts of interest the search
 * index keeps for contests' juries) observes it after the commit.
 */
public record HomeChanged(String regionCode) {
}
