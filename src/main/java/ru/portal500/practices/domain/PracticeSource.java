package ru.portal500.practices.domain;

/** Why a practice is in the bank. */
public enum PracticeSource {
    CONTEST_WINNER, EXPERT_PICK, COORDINATOR_PICK
}
