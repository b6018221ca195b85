package ru.portal500.shared.web;

import java.util.Locale;

/** The person switched the pages' language (a context that keeps people's choices stores it). */
public record LanguageChosen(Locale locale) {
}
