package ru.portal500.documents.web;

import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentEvent;
import ru.portal500.documents.domain.DocumentEventKind;
import ru.portal500.shared.imports.CsvCells;
import ru.portal500.shared.web.Formats;

import java.nio.charset.StandardCharsets;

/**
 * A document's history as a CSV a spreadsheet opens (UTF-8 with BOM, ";"): times in the reader's zone, named in the
 * heading and in each cell, events in words.
 */
final class DocumentHistoryCsv {

    private DocumentHistoryCsv() {
    }

    static byte[] of(Document document, Formats formats) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(formats.text("documents.history.csv.header",
                formats.zoneLabel())).append("\r\n");
        for (DocumentEvent e : document.getEvents()) {
            csv.append(cell(formats.time(e.getOccurredAt()))).append(';')
                    .append(cell(e.isByPortal() ? formats.text("app.title") : e.getActorName())).append(';')
                    .append(cell(e.getActor())).append(';')
                    .append(cell(formats.text("DocumentEventKind." + e.getKind()))).append(';').append(e.getRound())
                    .append(';').append(e.getVersionNumber() == null ? "" : e.getVersionNumber()).append(';')
                    .append(cell(detail(e, formats))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A failed extraction's detail is the key of its reason; every other detail is a person's own words. */
    static String detail(DocumentEvent e, Formats formats) {
        return e.getKind() == DocumentEventKind.EXTRACTION_FAILED && e.getDetail() != null
                ? formats.text(e.getDetail()) : e.getDetail();
    }

    private static String cell(String value) {
        return CsvCells.cell(value);
    }
}
