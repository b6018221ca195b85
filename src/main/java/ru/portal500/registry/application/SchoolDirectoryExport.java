package ru.portal500.registry.application;

import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.CsvCells;
import ru.portal500.shared.imports.XlsxExport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The directory written out in the import's own columns, so that an export can be edited and imported
 * again. CSV is UTF-8 with BOM and ';' (what Russian Excel opens directly); a value that a spreadsheet
 * would take for a formula is written with a leading apostrophe.
 */
public final class SchoolDirectoryExport {

    static final List<String> KEYS = List.of("municipality", "code", "name", "shortName", "kind", "locality",
            "settlement", "address", "parent", "phone", "email", "head");

    private SchoolDirectoryExport() {
    }

    public static byte[] csv(List<SchoolEntry> schools) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", KEYS.stream().map(SchoolDirectoryFile.COLUMNS::title).toList())).append("\r\n");
        for (SchoolEntry school : schools) {
            List<String> values = values(school);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(CsvCells.cell(values.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(List<SchoolEntry> schools) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(KEYS.stream().map(SchoolDirectoryFile.COLUMNS::title).toList());
        schools.forEach(school -> rows.add(values(school)));
        return XlsxExport.of(Map.of("Школы", rows));
    }

    static List<String> values(SchoolEntry s) {
        var d = s.details();
        return List.of(s.municipalityCode(), s.code(), s.name(), orEmpty(d.shortName()), d.kind().shortName(),
                d.locality() == ru.portal500.tenancy.domain.Locality.RURAL ? "село" : "город", orEmpty(d.settlement()),
                orEmpty(d.address()), orEmpty(s.parentCode()), orEmpty(d.phone()), orEmpty(d.email()),
                orEmpty(d.headName()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
