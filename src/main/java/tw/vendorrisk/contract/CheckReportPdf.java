package tw.vendorrisk.contract;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.vendorrisk.common.TextPdf;

/**
 * The clause check as a PDF to file with the contract: the same content as the page, gaps first,
 * then every clause by guideline group. Chinese text needs a TrueType CJK font on the server
 * ({@code app.report.cjk-font}, see {@link TextPdf}).
 */
@Component
public class CheckReportPdf {

    private final TextPdf pdf;

    CheckReportPdf(TextPdf pdf) {
        this.pdf = pdf;
    }

    public byte[] render(ContractService.KeptCheck kept) {
        ClauseCheckRecord record = kept.record();
        ClauseCheckReport report = kept.report();
        String title = "合約條款檢查 Contract clause check" + (record.getId() == null ? "" : " #" + record.getId());
        return pdf.render(title, w -> {
            w.title(title);
            if (kept.vendorName() != null) {
                w.line("廠商 Vendor: " + kept.vendorName());
                w.line("委外服務 Service: " + kept.serviceDescription());
            }
            Applicability applicability = record.applicability();
            w.line("機構類別 Category " + applicability.organizationCategory() + " · 雲端 Cloud "
                    + (applicability.cloud() ? "yes" : "no") + " · 開發/維運/監控 Development/maintenance/monitoring "
                    + (applicability.systemDevelopment() ? "yes" : "no") + " · " + record.getCheckedAt().toLocalDate());
            w.line("Present " + record.getPresentCount() + " · Partial " + record.getPartialCount() + " · Missing "
                    + record.getMissingCount());
            w.heading("缺漏與不完整 Gaps (" + report.gaps().size() + ")");
            report.gaps().forEach(finding -> finding(w, finding));
            String group = null;
            for (Finding finding : report.findings()) {
                if (!finding.group().equals(group)) {
                    group = finding.group();
                    w.heading(group);
                }
                finding(w, finding);
            }
        });
    }

    private static void finding(TextPdf.Writer w, Finding finding) {
        w.line(finding.status() + "  " + finding.obligation() + "  " + finding.title());
        for (Evidence evidence : finding.evidence() == null ? List.<Evidence>of() : finding.evidence()) {
            w.detail(evidence.article() + "：" + evidence.text());
        }
        if (finding.lacking() != null) {
            w.detail("缺少 Lacking: " + finding.lacking());
        }
    }
}
