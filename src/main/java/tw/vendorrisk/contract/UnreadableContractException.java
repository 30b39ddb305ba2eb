package tw.vendorrisk.contract;

/**
 * An uploaded contract whose text cannot be read, with a message for the person who uploaded it.
 * {@link #reason()} tells callers why, e.g. to answer 415 for an unsupported type and 422 otherwise.
 */
public class UnreadableContractException extends RuntimeException {

    public enum Reason {
        /** No content at all. */
        EMPTY,
        /** Neither .txt, .docx nor .pdf. */
        UNSUPPORTED_TYPE,
        /** A .txt that is binary or in no known encoding. */
        NOT_TEXT,
        /** A password-protected PDF or Word file. */
        ENCRYPTED,
        /** A damaged PDF or Word file, or one that is not what its name says. */
        CORRUPT,
        /** A PDF without a text layer, e.g. a scan. */
        NO_TEXT,
        /** Readable text, but not a contract in Chinese. */
        NOT_A_CONTRACT
    }

    private final Reason reason;

    UnreadableContractException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    UnreadableContractException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static UnreadableContractException empty(String filename) {
        return new UnreadableContractException(Reason.EMPTY,
                "The file " + quoted(filename) + "is empty (檔案無內容). Upload the contract as .txt, .docx or .pdf.");
    }

    static UnreadableContractException unsupported(String filename, String contentType) {
        return new UnreadableContractException(Reason.UNSUPPORTED_TYPE,
                "The file " + quoted(filename) + "(" + (contentType == null ? "no content type" : contentType)
                        + ") is not a supported contract format (不支援之檔案格式). Upload it as .txt, .docx or .pdf;"
                        + " save an old Word .doc file as .docx first.");
    }

    static UnreadableContractException notText(String filename) {
        return new UnreadableContractException(Reason.NOT_TEXT,
                "The file " + quoted(filename) + "is not readable text (非純文字檔): it is binary or in an unknown"
                        + " encoding. Save it as UTF-8 text, or upload the .docx or .pdf.");
    }

    static UnreadableContractException encrypted(String filename, String format, Throwable cause) {
        return new UnreadableContractException(Reason.ENCRYPTED,
                "The " + format + " file " + quoted(filename) + "is password-protected (檔案已加密). Remove the"
                        + " password and upload it again.", cause);
    }

    static UnreadableContractException corrupt(String filename, String format, Throwable cause) {
        return new UnreadableContractException(Reason.CORRUPT,
                "The file " + quoted(filename) + "cannot be read as " + format + " (檔案毀損或格式不符)"
                        + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage())
                        + ". Export the contract again and upload the new file.", cause);
    }

    static UnreadableContractException noText(String filename) {
        return new UnreadableContractException(Reason.NO_TEXT,
                "The PDF " + quoted(filename) + "has no text layer (PDF 無文字層), probably a scan. Upload a PDF"
                        + " exported from the document, or the .docx.");
    }

    static UnreadableContractException notAContract(String filename, String why) {
        return new UnreadableContractException(Reason.NOT_A_CONTRACT,
                "The file " + quoted(filename) + "does not look like a contract in Chinese (非中文合約): " + why
                        + ". Upload the contract itself.");
    }

    private static String quoted(String filename) {
        return filename == null || filename.isBlank() ? "" : "'" + filename + "' ";
    }
}
