package ru.portal500.expertise.assignment;

/**
 * A document submitted to the round (an antirisk programme, a roadmap, a case), to be reviewed.
 *
 * @param id             the document's id
 * @param authorSchoolId the school that wrote it; its conflicting reviewers are excluded
 * @param municipalityId the author school's municipality
 */
public record DocumentUnderReview(long id, long authorSchoolId, long municipalityId) {
}
