package tw.vendorrisk.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.Groups;

/**
 * The cycle-time report over REST (HTTP Basic like all of {@code /api}): the whole report as JSON
 * and each table as CSV, for process owners, managers and administrators.
 */
@RestController
@RequestMapping("/api/reports")
class CycleTimeReportController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CycleTimeReportService reports;
    private final ReportCsv csv;

    CycleTimeReportController(CycleTimeReportService reports, ReportCsv csv) {
        this.reports = reports;
        this.csv = csv;
    }

    @AllowedGroups({Groups.PROCESS_OWNERS, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping("/cycle-times")
    CycleTimeReport report(@RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String businessKey, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer horizonDays) {
        return reports.report(ReportFilter.of(process, from, to, businessKey, outcome, horizonDays, reports.today()));
    }

    @AllowedGroups({Groups.PROCESS_OWNERS, Groups.MANAGERS, Groups.ADMIN})
    @GetMapping("/cycle-times/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String businessKey, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer horizonDays) {
        ReportTable reportTable = ReportTable.of(table);
        ReportFilter filter = ReportFilter.of(process, from, to, businessKey, outcome, horizonDays, reports.today());
        return csvResponse(reportTable, csv.render(reportTable, reports.table(reportTable, filter)));
    }

    static ResponseEntity<String> csvResponse(ReportTable table, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cycle-times-" + table.path() + ".csv").build().toString())
                .contentType(CSV)
                .body(body);
    }
}
