/**
 * Search, the engine: one Lucene index of documents, practice-bank entries and contest cases with a
 * Russian analysis chain (word forms, ё = е, hyphenated words, abbreviations ↔ expansions), facets,
 * highlighted snippets, "did you mean", similar items and typing suggestions — every answer filtered by
 * the caller's access keys. Plain Java (no container) except {@link ru.portal500.search.engine.SearchEngine},
 * the application-scoped holder of the portal's one index; start from {@link ru.portal500.search.engine.SearchIndex}.
 */
package ru.portal500.search.engine;
