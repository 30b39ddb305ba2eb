package tw.vendorrisk.reporting;

import java.util.Locale;

import tw.vendorrisk.register.RegisterException;

/** The file formats of the register export. */
public enum RegisterExportFormat {

    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    RegisterExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}, in any letter case; anything else is refused with 400. */
    public static RegisterExportFormat of(String format) {
        for (RegisterExportFormat candidate : values()) {
            if (candidate.extension.equals(format == null ? null : format.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw RegisterException.invalid("format", "format must be csv or xlsx, not '" + format + "'.");
    }
}
