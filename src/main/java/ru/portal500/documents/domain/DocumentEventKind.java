package ru.portal500.documents.domain;

/** What happened to a document: its history is a list of these. */
public enum DocumentEventKind {
    UPLOADED, SUBMITTED, RETURNED, APPROVED, REOPENED, COMMENTED, DOWNLOADED, EXTRACTED, EXTRACTION_FAILED
}
