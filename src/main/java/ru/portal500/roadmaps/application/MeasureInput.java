package ru.portal500.roadmaps.application;

import java.time.LocalDate;

/**
 * A measure as its keeper enters it: the risk factor by its id in the campaign's catalogue (none: null); the
 * responsible as text, or a person of the place by login ({@code responsiblePerson}; the text may then be empty).
 */
public record MeasureInput(String section, String title, LocalDate start, LocalDate due, String responsible,
                           Long riskFactorId, String result, String responsiblePerson) {

    /** A measure whose responsible is written as text only. */
    public MeasureInput(String section, String title, LocalDate start, LocalDate due, String responsible,
                        Long riskFactorId, String result) {
        this(section, title, start, due, responsible, riskFactorId, result, null);
    }
}
