package tw.vendorrisk.reporting;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/register/export?format=csv|xlsx}: the register of outsourcing arrangements as a
 * file to hand to an examiner, or to map into a DORA Register of Information.
 */
@RestController
class RegisterExportController {

    private final RegisterExport export;

    RegisterExportController(RegisterExport export) {
        this.export = export;
    }

    @GetMapping("/api/register/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        RegisterExportFormat chosen = RegisterExportFormat.of(format);
        byte[] file = switch (chosen) {
            case CSV -> RegisterExportCsv.write(export.rows());
            case XLSX -> RegisterExportXlsx.write(export.rows());
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("register-of-arrangements-" + LocalDate.now() + "." + chosen.extension())
                        .build().toString())
                .contentType(MediaType.parseMediaType(chosen.contentType()))
                .body(file);
    }
}
