package tw.vendorrisk.reporting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;

/**
 * {@code GET /api/vendors/{id}/evidence}: a vendor's evidence pack for an examiner, as a ZIP. Only
 * managers and administrators may download it; each download is recorded and logged.
 */
@RestController
class EvidenceController {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceController.class);

    private final EvidenceService evidence;
    private final CurrentUser currentUser;

    EvidenceController(EvidenceService evidence, CurrentUser currentUser) {
        this.evidence = evidence;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/vendors/{id}/evidence")
    @AllowedGroups({Groups.MANAGERS, Groups.ADMIN})
    ResponseEntity<byte[]> evidence(@PathVariable Long id) {
        String user = currentUser.id();
        EvidenceService.EvidencePack pack = evidence.build(id, user);
        EvidenceDownload download = evidence.recordDownload(pack, user);
        LOG.info("Evidence pack of vendor {} downloaded by {}: {} ({} files, {} bytes, SHA-256 {}), download #{}",
                id, user, pack.fileName(), pack.files(), pack.content().length, pack.sha256(), download.getId());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pack.fileName()).build().toString())
                .header("X-Content-SHA256", pack.sha256())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(pack.content());
    }
}
