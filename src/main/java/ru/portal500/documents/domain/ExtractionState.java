package ru.portal500.documents.domain;

/** Where a version's text extraction is: it runs after the upload commits, off the request thread. */
public enum ExtractionState {
    PENDING, DONE, FAILED
}
