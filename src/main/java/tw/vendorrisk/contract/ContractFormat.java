package tw.vendorrisk.contract;

import java.util.Locale;
import java.util.Optional;

/** The formats a contract may be uploaded in, told by file name, then content type, then content. */
enum ContractFormat {

    TXT("text"), DOCX("Word (.docx)"), PDF("PDF");

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String label;

    ContractFormat(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<ContractFormat> of(String filename, String contentType, byte[] content) {
        String extension = extension(filename);
        switch (extension) {
            case "txt", "text" -> {
                return Optional.of(TXT);
            }
            case "docx" -> {
                return Optional.of(DOCX);
            }
            case "pdf" -> {
                return Optional.of(PDF);
            }
            default -> {
                if (!extension.isEmpty() && !extension.equals("bin") && !extension.equals("tmp")) {
                    return Optional.empty();
                }
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return Optional.of(TXT);
        }
        if (type.startsWith(DOCX_TYPE)) {
            return Optional.of(DOCX);
        }
        if (type.startsWith("application/pdf")) {
            return Optional.of(PDF);
        }
        if (isPdf(content)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    static boolean isPdf(byte[] content) {
        int reach = Math.min(content.length, 1024) - PDF_MAGIC.length;
        for (int i = 0; i <= reach; i++) {
            if (startsWith(content, i, PDF_MAGIC)) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP_MAGIC);
    }

    /** An OLE2 container: an encrypted Office file or an old .doc. */
    static boolean isOle2(byte[] content) {
        return startsWith(content, OLE2_MAGIC);
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        String name = filename.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return startsWith(content, 0, magic);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
