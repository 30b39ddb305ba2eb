package tw.vendorrisk.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.register.RegisterException;

/**
 * The report as a page in the browser, for a user signed in at {@code /login} (see
 * {@link ReportPageAccess}), with the same CSV downloads as {@code /api}.
 */
@RestController
class CycleTimeReportPageController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final CycleTimeReportService reports;
    private final ReportPage page;
    private final ReportCsv csv;
    private final CurrentUser currentUser;

    CycleTimeReportPageController(CycleTimeReportService reports, ReportPage page, ReportCsv csv,
            CurrentUser currentUser) {
        this.reports = reports;
        this.page = page;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    @GetMapping(ReportPage.PATH)
    ResponseEntity<String> page(@RequestParam(required = false) String process,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String businessKey, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String horizonDays) {
        ReportFilter filter;
        try {
            filter = ReportFilter.of(process, date("from", from), date("to", to), businessKey, outcome,
                    number("horizonDays", horizonDays), reports.today());
        } catch (RegisterException refused) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(HTML)
                    .body(page.message("篩選條件有誤 Invalid filter", refused.getMessage()));
        }
        return ResponseEntity.ok().contentType(HTML)
                .body(page.render(reports.report(filter), reports.processNames(), currentUser.id()));
    }

    @GetMapping(ReportPage.PATH + "/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String businessKey, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Integer horizonDays) {
        ReportTable reportTable = ReportTable.of(table);
        ReportFilter filter = ReportFilter.of(process, from, to, businessKey, outcome, horizonDays, reports.today());
        return CycleTimeReportController.csvResponse(reportTable, csv.render(reportTable,
                reports.table(reportTable, filter)));
    }

    /** The form sends empty fields as empty strings; a date the browser let through must still parse. */
    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw RegisterException.invalid(field, field + " must be a date like 2026-03-31, not '" + value + "'.");
        }
    }

    private static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw RegisterException.invalid(field, field + " must be a whole number, not '" + value + "'.");
        }
    }
}
