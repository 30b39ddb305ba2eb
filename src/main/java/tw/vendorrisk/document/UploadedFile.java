package tw.vendorrisk.document;

/** A file as it was uploaded: a contract draft, a report, a certificate. */
public record UploadedFile(String fileName, String contentType, byte[] content) {

    /** No content, or none at all. */
    public boolean isEmpty() {
        return content == null || content.length == 0;
    }
}
