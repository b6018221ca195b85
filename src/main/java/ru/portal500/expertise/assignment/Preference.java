package ru.portal500.expertise.assignment;

/**
 * A reviewer's declared preference for one document, added to the cost of that review: negative for a
 * document the reviewer asks for (a bid), positive for one it would rather not take. Pairs without a
 * declared preference cost nothing extra.
 *
 * @param cost between {@code -MunicipalityDistance.MAX_COST} and {@code MunicipalityDistance.MAX_COST}
 */
public record Preference(long reviewerId, long documentId, int cost) {

    public Preference {
        if (Math.abs(cost) > MunicipalityDistance.MAX_COST) {
            throw new IllegalArgumentException("preference cost out of range: " + cost);
        }
    }
}
