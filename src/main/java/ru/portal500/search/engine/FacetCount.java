package ru.portal500.search.engine;

/**
 * One value of a facet and how many allowed hits have it.
 *
 * @param value the value as indexed (a code: a municipality code, a risk factor number, a year…): filter by it
 * @param label what to show when the engine knows it (a school's name), otherwise the value
 * @param count the number of hits with that value, among the hits the caller may see
 */
public record FacetCount(String value, String label, int count) {
}
