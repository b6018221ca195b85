package ru.portal500.expertise.domain;

/** Who organises a round and who reviews in it. */
public enum RoundKind {
    /** A municipal coordinator's round: experts of the municipality (or the region) review its schools. */
    MUNICIPAL,
    /** The regional operator's round: the region's experts review. */
    REGIONAL,
    /** Взаимоэкспертиза: the participating schools' teams review each other's documents. */
    MUTUAL
}
