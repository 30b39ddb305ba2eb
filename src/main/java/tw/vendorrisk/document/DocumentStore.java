package tw.vendorrisk.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.RegisterException;

/**
 * The files the register keeps for a contract (table {@code contract_document}): drafts, SLA and
 * oversight reports, destruction certificates. Decodes an upload, from a Camunda file variable or a
 * multipart request, checks it against what its kind accepts, keeps it with its SHA-256, and reads it
 * back one by one or by contract.
 */
@Service
@Transactional
public class DocumentStore {

    /** The largest file kept, as the upload forms say ({@code cam-max-filesize}). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_NAME = 255;
    static final String OCTET_STREAM = "application/octet-stream";
    static final Set<String> CERTIFICATE_ENDINGS = Set.of(".pdf", ".png", ".jpg", ".jpeg");
    static final String CERTIFICATE_FIELD = "destructionCertificate";

    private final ContractRepository contracts;
    private final ContractDocumentRepository documents;

    DocumentStore(ContractRepository contracts, ContractDocumentRepository documents) {
        this.contracts = contracts;
        this.documents = documents;
    }

    /**
     * The file a Camunda file variable holds; empty when the variable is not set or holds no file. A
     * file that cannot be read refuses the task.
     */
    public static Optional<UploadedFile> decodeVariable(TypedValue value) {
        if (!(value instanceof FileValue file) || file.getValue() == null) {
            return Optional.empty();
        }
        try (InputStream in = file.getValue()) {
            return Optional.of(new UploadedFile(file.getFilename(), contentType(file.getMimeType()),
                    in.readAllBytes()));
        } catch (IOException e) {
            throw new BadUserRequestException("The uploaded file " + file.getFilename() + " cannot be read.");
        }
    }

    /** The file of a multipart request part. */
    public static UploadedFile decodeMultipart(MultipartFile part) throws IOException {
        return new UploadedFile(part.getOriginalFilename(), contentType(part.getContentType()), part.getBytes());
    }

    /** The SHA-256 of some bytes, as 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps a file of a contract, with its digest and under its safe name ({@link FileNames}). A file its
     * kind does not accept is refused with a clear message ({@link RegisterException}, 400), and nothing
     * is written: every kind takes a named, non-empty file of up to 10 MB; a destruction certificate is
     * a .pdf, .png or .jpg.
     */
    public ContractDocument store(Long contractId, DocumentKind kind, UploadedFile file, String user) {
        Contract contract = contracts.findById(contractId)
                .orElseThrow(() -> RegisterException.notFound("Contract", contractId));
        String name = file.fileName() == null || file.fileName().isBlank() ? "" : FileNames.safe(file.fileName());
        if (kind == DocumentKind.DESTRUCTION_CERT) {
            checkCertificate(file, name);
        } else {
            check(file, name);
        }
        return documents.save(new ContractDocument(contract, kind, name, contentType(file.contentType()),
                file.content(), sha256(file.content()), user));
    }

    /** A document of a contract; 404 when it does not exist or belongs to another contract. */
    @Transactional(readOnly = true)
    public ContractDocument fetch(Long contractId, Long documentId) {
        return documents.findById(documentId)
                .filter(found -> found.getContract().getId().equals(contractId))
                .orElseThrow(() -> RegisterException.notFound("Document", documentId));
    }

    /** The documents of a contract, in the order they were kept. */
    @Transactional(readOnly = true)
    public List<ContractDocument> list(Long contractId) {
        return documents.findByContractIdOrderById(contractId);
    }

    private static void check(UploadedFile file, String name) {
        if (file.isEmpty()) {
            throw RegisterException.invalid("file", "The file " + file.fileName() + " is empty.");
        }
        if (file.content().length > MAX_BYTES) {
            throw RegisterException.invalid("file", "The file " + file.fileName() + " has " + file.content().length
                    + " bytes; at most " + MAX_BYTES + " are accepted.");
        }
        if (name.isEmpty()) {
            throw RegisterException.invalid("file", "The file has no name.");
        }
        if (name.length() > MAX_NAME) {
            throw RegisterException.invalid("file", "The file's name is longer than " + MAX_NAME + " characters.");
        }
    }

    private static void checkCertificate(UploadedFile certificate, String name) {
        if (certificate.isEmpty()) {
            throw RegisterException.invalid(CERTIFICATE_FIELD, "The destruction certificate "
                    + certificate.fileName() + " is empty.");
        }
        if (certificate.content().length > MAX_BYTES) {
            throw RegisterException.invalid(CERTIFICATE_FIELD,
                    "The destruction certificate " + certificate.fileName() + " is larger than 10 MB.");
        }
        if (name.length() > MAX_NAME) {
            throw RegisterException.invalid(CERTIFICATE_FIELD,
                    "The destruction certificate's file name is longer than 255 characters.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (CERTIFICATE_ENDINGS.stream().noneMatch(lower::endsWith)) {
            throw RegisterException.invalid(CERTIFICATE_FIELD,
                    "The destruction certificate must be a .pdf, .png or .jpg file, not '" + name + "'.");
        }
    }

    private static String contentType(String type) {
        return type == null ? OCTET_STREAM : type;
    }
}
