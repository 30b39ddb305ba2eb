package tw.vendorrisk.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tw.vendorrisk.common.Csv;

/** The register export as CSV: UTF-8 with a byte order mark, a header row, one row per arrangement. */
final class RegisterExportCsv {

    private RegisterExportCsv() {
    }

    static byte[] write(List<RegisterExportRow> rows) {
        RegisterExportColumn[] columns = RegisterExportColumn.values();
        List<List<Object>> lines = new ArrayList<>();
        lines.add(Arrays.stream(columns).map(column -> (Object) column.header()).toList());
        for (RegisterExportRow row : rows) {
            lines.add(Arrays.stream(columns).map(column -> column.valueOf(row)).toList());
        }
        return Csv.write(lines);
    }
}
