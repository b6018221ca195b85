package ru.portal500.expertise.checklist;

/** A score sheet is a draft the expert may change until it is submitted. */
public enum SheetState {
    DRAFT,
    SUBMITTED
}
