package ru.portal500.documents.web;

import ru.portal500.documents.domain.Document;
import ru.portal500.documents.domain.DocumentEvent;
import ru.portal500.shared.imports.CsvCells;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/** A document's history as a CSV a spreadsheet opens (UTF-8 with BOM, ";", times in UTC). */
final class DocumentHistoryCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private DocumentHistoryCsv() {
    }

    static byte[] of(Document document) {
        StringBuilder csv = new StringBuilder("\uFEFFВремя (UTC);Кто;Логин;Событие;Раунд;Версия;Подробности\r\n");
        for (DocumentEvent e : document.getEvents()) {
            csv.append(TIME.format(e.getOccurredAt())).append(';').append(cell(e.getActorName())).append(';')
                    .append(cell(e.getActor())).append(';').append(e.getKind()).append(';').append(e.getRound())
                    .append(';').append(e.getVersionNumber() == null ? "" : e.getVersionNumber()).append(';')
                    .append(cell(e.getDetail())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        return CsvCells.cell(value);
    }
}
