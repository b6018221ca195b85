/**
 * The judging rules of a contest of methodological cases, as pure Java: the tie-break chain and its validation
 * against the nomination's checklist, the ranking of a nomination, jurors' normalised scores, divergence (an extra
 * juror or the organiser's moderated decision), conflicts of interest computed from the portal's structure, and the
 * minimum number of entries per nomination, and the jury's assignment (by the mutual-expertise solver, by hand, one
 * extra juror for a divergent entry). No persistence, no pages: the contest aggregate and its services call
 * these rules and store what they return. Scores come from the expertise scoring engine
 * ({@code expertise.checklist}): a contest entry is scored like a document, with the same score sheets.
 */
package ru.portal500.contests.judging;
