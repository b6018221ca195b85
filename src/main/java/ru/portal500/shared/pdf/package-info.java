/**
 * Russian PDFs as the portal writes them: the embedded Liberation Serif faces and text flowing down A4 pages (wrapped,
 * never cut off, numbered). Used by expert conclusions and by contest protocols, diplomas and certificates.
 */
package ru.portal500.shared.pdf;
