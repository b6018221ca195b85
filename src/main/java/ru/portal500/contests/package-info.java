/**
 * Contests of methodological cases: the region's contest organiser announces a contest (its call, nominations,
 * stages with dates, who may enter, the judging's settings and tie-break chain), and everyone reads a published
 * call on its public page. Entries, judging and results build on the contest and its nominations.
 */
package ru.portal500.contests;
