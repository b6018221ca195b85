package ru.portal500.contests.results;

/**
 * Which places the contest rewards, as its regulations say: places 1 to {@code winnerPlaces} are winners, the next
 * {@code prizePlaces} places prize-winners, every other entry (ranked or not) gets a certificate of participation.
 * The usual regulations: one winner, prize-winners at places 2 and 3 ({@link #USUAL}).
 */
public record Awards(int winnerPlaces, int prizePlaces) {

    public static final Awards USUAL = new Awards(1, 2);

    public Awards {
        if (winnerPlaces < 1 || prizePlaces < 0) {
            throw new IllegalArgumentException("at least one winner's place and no negative number of prize places");
        }
    }

    /** The award of a place (1-based); 0 or less for an entry that is not ranked. */
    public Award of(int place) {
        if (place < 1) {
            return Award.PARTICIPANT;
        }
        return place <= winnerPlaces ? Award.WINNER
                : place <= winnerPlaces + prizePlaces ? Award.PRIZE_WINNER : Award.PARTICIPANT;
    }
}
