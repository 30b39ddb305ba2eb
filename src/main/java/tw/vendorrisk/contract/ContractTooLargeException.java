package tw.vendorrisk.contract;

/** A contract file over the size limit: refused before it is read (413 over REST). */
public class ContractTooLargeException extends RuntimeException {

    public ContractTooLargeException(String fileName, long size) {
        super("The file " + fileName + " has " + size + " bytes; contracts of up to "
                + ContractSigningProcess.MAX_FILE_BYTES / (1024 * 1024) + " MB are accepted.");
    }
}
