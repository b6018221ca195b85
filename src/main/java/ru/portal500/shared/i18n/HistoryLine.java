package ru.portal500.shared.i18n;

import java.time.Instant;

/**
 * One change of a history as a person reads it: when, who (name and login), about what, the change, before, after
 * and why, each text already in the reader's language. Use cases build the lines; the CSV writer of the web layer
 * ({@code shared.web.HistoryCsv}) writes them.
 */
public record HistoryLine(Instant at, String name, String login, String subject, String change, String from,
                          String to, String reason) {
}
