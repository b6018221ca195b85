package ru.portal500.registry.application;

import ru.portal500.registry.domain.SchoolEntry;
import ru.portal500.shared.imports.CsvCells;
import ru.portal500.shared.imports.XlsxExport;
import ru.portal500.shared.i18n.Texts;
import ru.portal500.tenancy.domain.Locality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The directory written out in the import's own columns, so that an export can be edited and imported
 * again; headings, the sheet's name and urban/rural in the reader's language (each one a name the import reads). CSV is UTF-8 with BOM and ';' (what Russian Excel opens directly); a value that a spreadsheet
 * would take for a formula is written with a leading apostrophe.
 */
public final class SchoolDirectoryExport {

    static final List<String> KEYS = List.of("municipality", "code", "name", "shortName", "kind", "locality",
            "settlement", "address", "parent", "phone", "email", "head");

    private SchoolDirectoryExport() {
    }

    public static byte[] csv(List<SchoolEntry> schools, Locale reader) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", header(reader))).append("\r\n");
        for (SchoolEntry school : schools) {
            List<String> values = values(school, reader);
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

    public static byte[] xlsx(List<SchoolEntry> schools, Locale reader) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(reader));
        schools.forEach(school -> rows.add(values(school, reader)));
        return XlsxExport.of(Map.of(Texts.get(reader, "schools.export.sheet"), rows));
    }

    /** The file's name without its extension: "Школы-64", "Schools-64". */
    public static String fileName(String region, Locale reader) {
        return Texts.get(reader, "schools.export.fileName", region);
    }

    static List<String> header(Locale reader) {
        return KEYS.stream().map(key -> Texts.get(reader, "schools.export.column." + key)).toList();
    }

    static List<String> values(SchoolEntry s, Locale reader) {
        var d = s.details();
        return List.of(s.municipalityCode(), s.code(), s.name(), orEmpty(d.shortName()), d.kind().shortName(),
                Texts.get(reader, "Locality." + (d.locality() == Locality.RURAL ? Locality.RURAL : Locality.URBAN)),
                orEmpty(d.settlement()),
                orEmpty(d.address()), orEmpty(s.parentCode()), orEmpty(d.phone()), orEmpty(d.email()),
                orEmpty(d.headName()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
