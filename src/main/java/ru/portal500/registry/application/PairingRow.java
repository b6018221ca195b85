package ru.portal500.registry.application;

import ru.portal500.registry.domain.SchoolRef;
import ru.portal500.registry.domain.SchoolStatus;

/** A ШНОР or ШССУ school of a campaign with its pair, or none yet ({@code pair} null). */
public record PairingRow(SchoolRef school, SchoolStatus status, PairView pair) {
}
