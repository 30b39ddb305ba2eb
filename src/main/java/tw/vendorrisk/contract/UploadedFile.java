package tw.vendorrisk.contract;

/** A contract file as it was uploaded. */
public record UploadedFile(String fileName, String contentType, byte[] content) {
}
