package ru.portal500.roadmaps.application;

import java.time.LocalDate;

/** A measure as its keeper enters it: the risk factor by its id in the campaign's catalogue (none: null). */
public record MeasureInput(String section, String title, LocalDate start, LocalDate due, String responsible,
                           Long riskFactorId, String result) {
}
