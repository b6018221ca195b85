package ru.portal500.expertise.assignment;

/** One review to write: this reviewer reviews this document. */
public record Review(long reviewerId, long documentId) {
}
