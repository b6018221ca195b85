package ru.portal500.shared.web;

import ru.portal500.shared.i18n.HistoryLine;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.shared.imports.CsvCells;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A history as a CSV a spreadsheet opens (UTF-8 with BOM, ";"): when (in the reader's zone, named in the heading
 * and in each cell), who (name and login), about what, the change, before, after and why — every word in the
 * reader's language; the caller gives each line's texts already in words.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    public static byte[] of(List<HistoryLine> lines, Locale reader, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF")
                .append(Texts.get(reader, "history.csv.header", Formats.zoneLabel(zone, Instant.now(), reader)))
                .append("\r\n");
        for (HistoryLine line : lines) {
            csv.append(String.join(";", List.of(CsvCells.cell(Formats.time(line.at(), zone, reader)),
                    CsvCells.cell(line.name()), CsvCells.cell(line.login()), CsvCells.cell(line.subject()),
                    CsvCells.cell(line.change()), CsvCells.cell(line.from()), CsvCells.cell(line.to()),
                    CsvCells.cell(line.reason())))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
