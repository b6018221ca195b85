/**
 * Conceptual documents: what each ШНОР/ШССУ must write in a campaign (derived from the region's
 * document types, its chosen risk factors and its pair), the versions it uploads (stored once by
 * content address, their text extracted off the request thread), the curator's check in numbered
 * rounds with threaded comments, and the full history of every document.
 */
package ru.portal500.documents;
