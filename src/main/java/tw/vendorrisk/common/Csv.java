package tw.vendorrisk.common;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * CSV as spreadsheets read it: UTF-8 with a byte order mark (so Excel shows Chinese correctly),
 * comma-separated, CRLF line ends, fields quoted as RFC 4180 says. Text that a spreadsheet would run
 * as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe; numbers,
 * dates and enum constants are written as they are.
 */
public final class Csv {

    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** The rows (the first one the header) as a CSV file. A null cell is empty. */
    public static byte[] write(List<? extends List<?>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(field(row.get(i)));
            }
            csv.append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof BigDecimal number) {
            text = number.toPlainString();
        } else if (value instanceof Number || value instanceof LocalDate || value instanceof OffsetDateTime
                || value instanceof Boolean || value instanceof Enum<?>) {
            text = value.toString();
        } else {
            text = neutralised(value.toString());
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
