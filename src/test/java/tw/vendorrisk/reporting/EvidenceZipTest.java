package tw.vendorrisk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pack's file names and the order of obligations in it. */
class EvidenceZipTest {

    @Test
    void aPathAlreadyTaken_getsANumberBeforeItsExtension() {
        EvidenceZip zip = new EvidenceZip();
        zip.add("documents/a.pdf", new byte[] {1}, null);
        zip.add("documents/a.pdf", new byte[] {2}, null);
        zip.add("documents/readme", new byte[] {3}, null);
        zip.add("documents/readme", new byte[] {4}, null);

        assertThat(zip.entries()).extracting(EvidenceZip.Entry::path)
                .containsExactly("documents/a.pdf", "documents/a-2.pdf", "documents/readme", "documents/readme-2");
    }

    @Test
    void uploadedFileNames_cannotLeaveTheirFolder() {
        assertThat(EvidenceZip.safeName("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(EvidenceZip.safeName("合約 v2.pdf")).isEqualTo("合約 v2.pdf");
        assertThat(EvidenceZip.safeName("a\u0000b:c")).isEqualTo("a_b_c");
        assertThat(EvidenceZip.safeName("..")).isEqualTo("file");
        assertThat(EvidenceZip.safeName("x".repeat(200) + ".pdf")).hasSize(120).endsWith(".pdf");
    }

    @Test
    void obligationsSortInGuidelineOrder() {
        List<String> ids = new ArrayList<>(List.of("13.1.a", "unassigned", "7.1.1.10", "4.2.1", "7.1.1.2", "4.1.c",
                "5", "7.1", "4.1.a", "12.1"));
        ids.sort(EvidenceHistory::compareObligations);

        assertThat(ids).containsExactly("4.1.a", "4.1.c", "4.2.1", "5", "7.1", "7.1.1.2", "7.1.1.10", "12.1", "13.1.a",
                "unassigned");
    }
}
