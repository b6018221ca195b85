/**
 * Search over the practice bank and the schools' documents: the engine (Lucene), keeping the index in step
 * with the database, the search API and page, and the synonym list each region's operator extends.
 */
package ru.portal500.search;
