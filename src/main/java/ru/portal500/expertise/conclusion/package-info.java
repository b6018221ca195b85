/** The expert conclusion (экспертное заключение) as a PDF: the full one for experts and operators, and the school's. */
package ru.portal500.expertise.conclusion;
