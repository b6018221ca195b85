/**
 * The scoring engine: a checklist template (its JSON form is its storage form), a score sheet filled against
 * one version of it, and the aggregate of several sheets. It knows criteria, points and verdicts, not what is
 * scored: a school's document today, a contest entry tomorrow.
 */
package ru.portal500.expertise.checklist;
