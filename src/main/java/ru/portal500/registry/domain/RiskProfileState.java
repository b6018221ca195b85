package ru.portal500.registry.domain;

/** Where a risk profile stands: being entered (черновик), or verified by the school's curator. */
public enum RiskProfileState {
    DRAFT,
    VERIFIED
}
