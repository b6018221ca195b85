/**
 * Expertise: checklists (templates an operator owns and versions), experts' score sheets, the aggregate of
 * several experts, and the expert conclusion (экспертное заключение) a school receives.
 */
package ru.portal500.expertise;
