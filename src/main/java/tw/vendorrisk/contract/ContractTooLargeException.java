package tw.vendorrisk.contract;

/**
 * A contract that is too large to check (413 over REST): a file over the size limit, refused before it
 * is read, or one that unpacks to more, or takes longer to read, than any contract (a decompression
 * bomb), refused while it is read ({@link ExtractionBudget}).
 */
public class ContractTooLargeException extends RuntimeException {

    public ContractTooLargeException(String fileName, long size) {
        super("The file " + fileName + " has " + size + " bytes; contracts of up to "
                + ContractSigningProcess.MAX_FILE_BYTES / (1024 * 1024) + " MB are accepted.");
    }

    private ContractTooLargeException(String message) {
        super(message);
    }

    static ContractTooLargeException textTooLong(String fileName, int maxCharacters) {
        return new ContractTooLargeException(("合約文字超過上限（%,d 字）。The contract's text exceeds the limit: the file%s"
                + " holds more than %,d characters of text, more than any contract has. Upload the contract itself,"
                + " without appended data.").formatted(maxCharacters, named(fileName), maxCharacters));
    }

    static ContractTooLargeException pageTooLong(String fileName, int maxCharacters) {
        return new ContractTooLargeException(("合約文字超過上限（每頁 %,d 字）。The contract's text exceeds the limit: a page"
                + " of the file%s holds more than %,d characters, more than any page of a contract. Upload the contract"
                + " itself, exported from the document.").formatted(maxCharacters, named(fileName), maxCharacters));
    }

    static ContractTooLargeException unpacksTooLarge(String fileName, String what, long maxBytes) {
        long megabytes = maxBytes / (1024 * 1024);
        return new ContractTooLargeException(("合約檔案解壓縮後超過上限（%d MB）。The file%s unpacks to more than %d MB"
                + " (%s), more than any contract needs. Save or export the contract again, without embedded files,"
                + " and upload the new file.").formatted(megabytes, named(fileName), megabytes, what));
    }

    static ContractTooLargeException tooManyParts(String fileName, int maxParts) {
        return new ContractTooLargeException(("合約檔案解壓縮後超過上限（%,d 個部分）。The file%s holds more than %,d parts,"
                + " more than any Word document. Save the contract again as .docx and upload the new file.")
                .formatted(maxParts, named(fileName), maxParts));
    }

    static ContractTooLargeException tooSlow(String fileName, long maxSeconds) {
        return new ContractTooLargeException(("合約文字讀取逾時（%d 秒）。Reading the text of the file%s took more than %d"
                + " seconds of processor time, more than any contract takes. Upload the contract itself, exported again"
                + " as .docx or .pdf.")
                .formatted(maxSeconds, named(fileName), maxSeconds));
    }

    private static String named(String fileName) {
        return fileName == null || fileName.isBlank() ? "" : " '" + fileName + "'";
    }
}
