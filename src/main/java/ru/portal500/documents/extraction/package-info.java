/**
 * Documents, text extraction: the text of a stored document (Tika, within a time and a length limit,
 * off the request thread), the precise reason when there is none (encrypted, damaged, unsupported, too
 * slow, a zip bomb), and what changed between the texts of two versions.
 */
package ru.portal500.documents.extraction;
