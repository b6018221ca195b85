/**
 * Documents, storage: uploaded files kept once by their SHA-256 content address, written atomically,
 * accepted only when their content (not their name) is a document type the portal takes; safe file
 * names and the {@code Content-Disposition} of downloads.
 */
package ru.portal500.documents.storage;
