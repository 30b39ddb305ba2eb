package tw.vendorrisk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.ContractDocumentRepository;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.DocumentKind;
import tw.vendorrisk.register.RegisterException;

/** Uploads decoded, checked per kind, hashed, kept and read back by contract. */
class DocumentStoreTest {

    static final byte[] PDF = "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII);

    final ContractRepository contracts = mock(ContractRepository.class);
    final ContractDocumentRepository documents = mock(ContractDocumentRepository.class);
    final DocumentStore store = new DocumentStore(contracts, documents);
    final Contract contract = mock(Contract.class);

    DocumentStoreTest() {
        when(contract.getId()).thenReturn(7L);
        when(contracts.findById(7L)).thenReturn(Optional.of(contract));
        when(documents.save(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void sha256_isTheHexDigest() {
        assertThat(DocumentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(DocumentStore.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void decodeVariable_readsTheFile_andDefaultsTheType() {
        FileValue typed = Variables.fileValue("sla.pdf").file(PDF).mimeType("application/pdf").create();
        FileValue untyped = Variables.fileValue("notes.bin").file(PDF).create();

        UploadedFile file = DocumentStore.decodeVariable(typed).orElseThrow();

        assertThat(file.fileName()).isEqualTo("sla.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(DocumentStore.decodeVariable(untyped).orElseThrow().contentType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void decodeVariable_withoutAFile_isEmpty() {
        assertThat(DocumentStore.decodeVariable(null)).isEmpty();
        assertThat(DocumentStore.decodeVariable(Variables.stringValue("sla.pdf"))).isEmpty();
        assertThat(DocumentStore.decodeVariable(Variables.fileValue("sla.pdf").create())).isEmpty();
    }

    @Test
    void decodeVariable_thatCannotBeRead_refusesTheTask() {
        FileValue broken = mock(FileValue.class);
        when(broken.getFilename()).thenReturn("sla.pdf");
        when(broken.getValue()).thenReturn(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("gone");
            }
        });

        assertThatThrownBy(() -> DocumentStore.decodeVariable(broken)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("The uploaded file sla.pdf cannot be read.");
    }

    @Test
    void decodeMultipart_readsThePart_andDefaultsTheType() throws IOException {
        UploadedFile file = DocumentStore.decodeMultipart(new MockMultipartFile("file", "合約.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", PDF));
        UploadedFile untyped = DocumentStore.decodeMultipart(new MockMultipartFile("file", "contract.txt", null,
                PDF));

        assertThat(file.fileName()).isEqualTo("合約.docx");
        assertThat(file.contentType()).endsWith("wordprocessingml.document");
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(untyped.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void store_keepsTheFileWithItsDigest() {
        ContractDocument kept = store.store(7L, DocumentKind.SLA_REPORT,
                new UploadedFile(" sla-2026-q1.pdf ", null, PDF), "alice");

        assertThat(kept.getContract()).isSameAs(contract);
        assertThat(kept.getKind()).isEqualTo(DocumentKind.SLA_REPORT);
        assertThat(kept.getFileName()).isEqualTo("sla-2026-q1.pdf");
        assertThat(kept.getContentType()).isEqualTo("application/octet-stream");
        assertThat(kept.getSize()).isEqualTo(PDF.length);
        assertThat(kept.getSha256()).isEqualTo(DocumentStore.sha256(PDF));
        assertThat(kept.getUploadedBy()).isEqualTo("alice");
    }

    @Test
    void store_forAnUnknownContract_isNotFound() {
        assertThatThrownBy(() -> store.store(8L, DocumentKind.SLA_REPORT, new UploadedFile("a.pdf", null, PDF), "x"))
                .isInstanceOfSatisfying(RegisterException.class,
                        e -> assertThat(e.getKind()).isEqualTo(RegisterException.Kind.NOT_FOUND));
    }

    @Test
    void store_refusesAnEmptyOrOversizedOrNamelessReport() {
        assertRefused(DocumentKind.SLA_REPORT, new UploadedFile("sla.pdf", null, new byte[0]), "file",
                "The file sla.pdf is empty.");
        assertRefused(DocumentKind.OVERSIGHT_REPORT, new UploadedFile("audit.pdf", null, null), "file",
                "The file audit.pdf is empty.");
        assertRefused(DocumentKind.SLA_REPORT, new UploadedFile("big.pdf", null, new byte[DocumentStore.MAX_BYTES + 1]),
                "file", "The file big.pdf has 10485761 bytes; at most 10485760 are accepted.");
        assertRefused(DocumentKind.SLA_REPORT, new UploadedFile(" ", null, PDF), "file", "The file has no name.");
        assertRefused(DocumentKind.CONTRACT_DRAFT, new UploadedFile("x".repeat(252) + ".txt", null, PDF), "file",
                "The file's name is longer than 255 characters.");
    }

    @Test
    void store_acceptsAReportOfAnyTypeUpToTheLimit() {
        store.store(7L, DocumentKind.SLA_REPORT, new UploadedFile("levels.xlsx", null,
                new byte[DocumentStore.MAX_BYTES]), "alice");
        store.store(7L, DocumentKind.CONTRACT_DRAFT, new UploadedFile("x".repeat(251) + ".txt", null, PDF), "alice");
    }

    @Test
    void store_takesACertificateAsPdfOrImageOnly() {
        for (String name : List.of("cert.pdf", "CERT.PNG", "scan.jpg", "scan.jpeg")) {
            assertThat(store.store(7L, DocumentKind.DESTRUCTION_CERT, new UploadedFile(name, "image/png", PDF), "ivan")
                    .getFileName()).isEqualTo(name);
        }
        assertRefused(DocumentKind.DESTRUCTION_CERT, new UploadedFile("cert.docx", null, PDF),
                "destructionCertificate", "The destruction certificate must be a .pdf, .png or .jpg file, not "
                        + "'cert.docx'.");
        assertRefused(DocumentKind.DESTRUCTION_CERT, new UploadedFile(null, null, PDF), "destructionCertificate",
                "The destruction certificate must be a .pdf, .png or .jpg file, not ''.");
        assertRefused(DocumentKind.DESTRUCTION_CERT, new UploadedFile("big.pdf", null,
                new byte[DocumentStore.MAX_BYTES + 1]), "destructionCertificate",
                "The destruction certificate big.pdf is larger than 10 MB.");
        assertRefused(DocumentKind.DESTRUCTION_CERT, new UploadedFile("x".repeat(253) + ".pdf", null, PDF),
                "destructionCertificate", "The destruction certificate's file name is longer than 255 characters.");
        assertRefused(DocumentKind.DESTRUCTION_CERT, new UploadedFile("cert.pdf", null, new byte[0]),
                "destructionCertificate", "The destruction certificate cert.pdf is empty.");
    }

    @Test
    void fetch_findsADocumentOfItsContractOnly() {
        ContractDocument document = new ContractDocument(contract, DocumentKind.SLA_REPORT, "sla.pdf",
                "application/pdf", PDF, DocumentStore.sha256(PDF), "alice");
        when(documents.findById(3L)).thenReturn(Optional.of(document));

        assertThat(store.fetch(7L, 3L)).isSameAs(document);
        assertThatThrownBy(() -> store.fetch(8L, 3L)).isInstanceOf(RegisterException.class)
                .hasMessageContaining("Document 3");
        assertThatThrownBy(() -> store.fetch(7L, 4L)).isInstanceOf(RegisterException.class)
                .hasMessageContaining("Document 4");
    }

    @Test
    void list_givesTheDocumentsOfAContractInOrder() {
        ContractDocument draft = new ContractDocument(contract, DocumentKind.CONTRACT_DRAFT, "draft.txt",
                "text/plain", PDF, DocumentStore.sha256(PDF), "alice");
        ContractDocument report = new ContractDocument(contract, DocumentKind.SLA_REPORT, "sla.pdf",
                "application/pdf", PDF, DocumentStore.sha256(PDF), "alice");
        when(documents.findByContractIdOrderById(7L)).thenReturn(List.of(draft, report));

        assertThat(store.list(7L)).containsExactly(draft, report);
    }

    private void assertRefused(DocumentKind kind, UploadedFile file, String field, String message) {
        clearInvocations(documents);
        assertThatThrownBy(() -> store.store(7L, kind, file, "alice"))
                .isInstanceOfSatisfying(RegisterException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(RegisterException.Kind.INVALID);
                    assertThat(e.getField()).isEqualTo(field);
                })
                .hasMessage(message);
        verify(documents, never()).save(any());
    }
}
