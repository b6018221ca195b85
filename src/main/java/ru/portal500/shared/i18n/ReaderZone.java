package ru.portal500.shared.i18n;

import java.time.ZoneId;

/**
 * The time zone the reader of a page or an export reads times in. Identity, which knows the reader's regions,
 * implements it; {@code shared} only asks.
 */
public interface ReaderZone {

    ZoneId zone();
}
