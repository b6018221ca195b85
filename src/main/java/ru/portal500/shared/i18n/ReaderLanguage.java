package ru.portal500.shared.i18n;

import java.util.Locale;

/** The language the reader chose (Russian unless English), for texts written outside a page: exports, reports. */
public interface ReaderLanguage {

    Locale getLocale();
}
