/**
 * Reading the files people upload for imports: encoding detection (UTF-8 or CP1251, mojibake caught),
 * CSV with its delimiter found, and reports of every problem by line and column.
 */
package ru.portal500.shared.imports;
