/**
 * The documents of a contest's confirmed results, as pure code: the protocol frozen as PDF with its SHA-256
 * ({@link ru.portal500.contests.results.ContestProtocol}), diplomas and certificates of participation
 * ({@link ru.portal500.contests.results.AwardDocuments}) and the workbook of every review
 * ({@link ru.portal500.contests.results.ReviewsWorkbook}). Their input is plain records
 * ({@link ru.portal500.contests.results.ContestResults} and what it holds) that the contest's services fill from the
 * database; the places come from the judging rules ({@link ru.portal500.contests.judging.NominationRanking}). No
 * persistence, no pages.
 */
package ru.portal500.contests.results;
