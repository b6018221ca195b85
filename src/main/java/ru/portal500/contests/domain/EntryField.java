package ru.portal500.contests.domain;

/**
 * Fields of the case form a contest may require beyond those every entry has (title, authors, nomination, summary).
 */
public enum EntryField {
    PROBLEM, RISK_FACTORS, LEVEL, SUBJECT, LINKS
}
