package tw.vendorrisk.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.ContractDocument;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.RegisterException;

/**
 * The clause check over REST: check a contract without keeping it ({@code POST /api/contract-checks}),
 * read a kept check and its report for the reviewer, and download a contract's documents.
 */
@RestController
@RequestMapping("/api")
class ContractCheckController {

    private final ContractService contracts;
    private final ContractCheck contractCheck;
    private final OrganizationService organization;
    private final DocumentStore documents;
    private final CheckReportPage reportPage;
    private final CheckReportPdf reportPdf;

    ContractCheckController(ContractService contracts, ContractCheck contractCheck, OrganizationService organization,
            DocumentStore documents, CheckReportPage reportPage, CheckReportPdf reportPdf) {
        this.contracts = contracts;
        this.contractCheck = contractCheck;
        this.organization = organization;
        this.documents = documents;
        this.reportPage = reportPage;
        this.reportPdf = reportPdf;
    }

    @PostMapping(path = "/contract-checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    ClauseCheckReport checkFile(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer category, @RequestParam(defaultValue = "false") boolean cloud,
            @RequestParam(defaultValue = "false") boolean systemDevelopment) throws IOException {
        String text = contracts.readableText(DocumentStore.decodeMultipart(file));
        return contractCheck.check(text, applicability(category, cloud, systemDevelopment));
    }

    @PostMapping(path = "/contract-checks", consumes = MediaType.TEXT_PLAIN_VALUE)
    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    ClauseCheckReport checkText(@RequestBody(required = false) byte[] body,
            @RequestParam(required = false) Integer category, @RequestParam(defaultValue = "false") boolean cloud,
            @RequestParam(defaultValue = "false") boolean systemDevelopment) {
        if (body == null || body.length == 0) {
            throw new RegisterException(RegisterException.Kind.INVALID, "file", "The request has no contract: send "
                    + "the contract's text as a text/plain body, or the file as multipart 'file'.", "contract.noText");
        }
        String text = contracts.readableText(new UploadedFile("contract.txt", MediaType.TEXT_PLAIN_VALUE, body));
        return contractCheck.check(text, applicability(category, cloud, systemDevelopment));
    }

    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping("/contract-checks/{id}")
    StoredCheck storedCheck(@PathVariable Long id) {
        ContractService.KeptCheck kept = contracts.keptCheck(id);
        ClauseCheckRecord record = kept.record();
        return new StoredCheck(record.getId(), record.getContractId(), record.getDocumentId(), record.applicability(),
                record.getCheckedBy(), record.getCheckedAt(), kept.report().findings());
    }

    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping(path = "/contract-checks/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reportPage(@PathVariable Long id) {
        String html = reportPage.render(contracts.keptCheck(id));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping(path = "/contract-checks/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable Long id) {
        byte[] pdf = reportPdf.render(contracts.keptCheck(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clause-check-" + id + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @AllowedGroups({Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping("/contracts/{contractId}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable Long contractId, @PathVariable Long documentId) {
        ContractDocument document = documents.fetch(contractId, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", document.getSha256())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(document.getContent());
    }

    private Applicability applicability(Integer category, boolean cloud, boolean systemDevelopment) {
        int organizationCategory = category == null ? organization.profile().getCategory() : category;
        if (organizationCategory != 1 && organizationCategory != 2) {
            throw RegisterException.invalid("category", "category must be 1 or 2, not " + organizationCategory + ".");
        }
        return new Applicability(organizationCategory, cloud, systemDevelopment);
    }

    record StoredCheck(Long id, Long contractId, Long documentId, Applicability applicability, String checkedBy,
            OffsetDateTime checkedAt, java.util.List<Finding> findings) {
    }
}
