package ru.portal500.contests.results;

/** What an entry's place earns: a diploma of the winner or of a prize-winner, or a certificate of participation. */
public enum Award {
    WINNER, PRIZE_WINNER, PARTICIPANT;

    /** The award's name in the protocol ({@code contests.results.award.<NAME>}). */
    public String messageKey() {
        return "contests.results.award." + name();
    }
}
