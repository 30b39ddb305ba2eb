package tw.vendorrisk.contract;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;


/**
 * The clause check as a page for the reviewer: the gaps first, then every clause grouped as the
 * guideline groups them, with the contract's article and the quoted sentence as evidence. All text
 * from the contract or the register is escaped.
 */
@Component
class CheckReportPage {

    private static final Map<ClauseStatus, String> LABELS = Map.of(
            ClauseStatus.MISSING, "缺漏 Missing",
            ClauseStatus.PARTIAL, "不完整 Partial",
            ClauseStatus.PRESENT, "已載明 Present",
            ClauseStatus.NOT_APPLICABLE, "不適用 Not applicable");

    String render(ContractService.KeptCheck kept) {
        ClauseCheckRecord record = kept.record();
        ClauseCheckReport report = kept.report();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html><html lang=\"zh-Hant-TW\"><head><meta charset=\"utf-8\">")
                .append("<title>合約條款檢查 Contract clause check #").append(record.getId()).append("</title>")
                .append("<style>body{font-family:'Noto Sans TC','Microsoft JhengHei',sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
                .append("th,td{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}")
                .append(".MISSING{background:#fde2e1}.PARTIAL{background:#fff3cd}.PRESENT{background:#e6f4ea}")
                .append(".NOT_APPLICABLE{color:#888}blockquote{margin:.2em 0;color:#444}</style></head><body>");
        html.append("<h1>合約條款檢查 Contract clause check</h1>")
                .append("<p><a href=\"report.pdf\">PDF 下載 Download the PDF</a></p><p>");
        if (kept.vendorName() != null) {
            html.append("廠商 Vendor: <strong>").append(htmlEscape(kept.vendorName()))
                    .append("</strong><br>委外服務 Service: ").append(htmlEscape(kept.serviceDescription()))
                    .append("<br>");
        }
        Applicability applicability = record.applicability();
        html.append("機構類別 Category ").append(applicability.organizationCategory())
                .append(" · 雲端 Cloud ").append(applicability.cloud() ? "是 yes" : "否 no")
                .append(" · 系統開發/維運/監控 Development/maintenance/monitoring ")
                .append(applicability.systemDevelopment() ? "是 yes" : "否 no")
                .append("<br>檢查時間 Checked ").append(record.getCheckedAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(record.getCheckedBy() == null ? "" : " · " + htmlEscape(record.getCheckedBy()))
                .append("</p><p>已載明 Present ").append(record.getPresentCount())
                .append(" · 不完整 Partial ").append(record.getPartialCount())
                .append(" · 缺漏 Missing ").append(record.getMissingCount()).append("</p>");

        List<Finding> gaps = report.gaps();
        html.append("<h2>缺漏與不完整 Gaps (").append(gaps.size()).append(")</h2>");
        if (gaps.isEmpty()) {
            html.append("<p>無 None.</p>");
        } else {
            table(html, gaps);
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        report.findings().forEach(finding -> groups.computeIfAbsent(finding.group(), g -> new java.util.ArrayList<>())
                .add(finding));
        groups.forEach((group, findings) -> {
            html.append("<h2>").append(htmlEscape(group)).append("</h2>");
            table(html, findings.stream()
                    .sorted(java.util.Comparator.comparingInt(finding -> order(finding.status())))
                    .toList());
        });
        return html.append("</body></html>").toString();
    }

    private static int order(ClauseStatus status) {
        return switch (status) {
            case MISSING -> 0;
            case PARTIAL -> 1;
            case PRESENT -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }

    private static void table(StringBuilder html, List<Finding> findings) {
        html.append("<table><tr><th>條文 Obligation</th><th>條款 Clause</th><th>結果 Result</th>")
                .append("<th>合約依據 Evidence</th><th>缺少 Lacking</th></tr>");
        for (Finding finding : findings) {
            html.append("<tr class=\"").append(finding.status().name()).append("\"><td>")
                    .append(htmlEscape(finding.obligation())).append("</td><td>").append(htmlEscape(finding.title()))
                    .append("</td><td>").append(LABELS.get(finding.status())).append("</td><td>");
            for (Evidence evidence : finding.evidence() == null ? List.<Evidence>of() : finding.evidence()) {
                html.append("<strong>").append(htmlEscape(evidence.article())).append("</strong><blockquote>")
                        .append(htmlEscape(evidence.text())).append("</blockquote>");
            }
            html.append("</td><td>").append(finding.lacking() == null ? "" : htmlEscape(finding.lacking()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }
}
