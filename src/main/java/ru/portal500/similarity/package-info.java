/**
 * Similar texts: the near-copies of an extracted text (a document version, a contest entry, a practice) among the
 * portal's other texts, with the share of text in common and the passages in common.
 */
package ru.portal500.similarity;
