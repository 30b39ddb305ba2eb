package tw.vendorrisk.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The safe name of an uploaded file (issue 16, item 10). */
class FileNamesTest {

    @Test
    void aNameThatWouldCloseTheQuotedHeaderValue_losesItsQuotesAndLineBreaks() {
        assertThat(FileNames.safe("a\"; filename=evil.exe\r\nX: y.pdf")).isEqualTo("a; filename=evil.exe X: y.pdf");
    }

    @Test
    void foldersControlAndFormatCharacters_areRemoved() {
        assertThat(FileNames.safe("..\\..\\windows/system32\\cmd.exe")).isEqualTo("cmd.exe");
        assertThat(FileNames.safe("/etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("report\u0000\t\u0007.pdf")).isEqualTo("report .pdf");
        // a right-to-left override makes "invoice‮fdp.exe" read as "invoiceexe.pdf"
        assertThat(FileNames.safe("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(FileNames.safe("line\u2028break.txt")).isEqualTo("line break.txt");
    }

    @Test
    void lettersOfEveryScript_andSafeNames_stayAsGiven() {
        assertThat(FileNames.safe("合約草稿（第二版）v2.pdf")).isEqualTo("合約草稿（第二版）v2.pdf");
        assertThat(FileNames.safe("SLA 報告 2026-Q1 (final).docx")).isEqualTo("SLA 報告 2026-Q1 (final).docx");
        assertThat(FileNames.safe("it's ok; really.txt")).isEqualTo("it's ok; really.txt");
    }

    @Test
    void nothingLeft_isAFile_andNoNameStaysNone() {
        assertThat(FileNames.safe("\"\"")).isEqualTo(FileNames.NO_NAME);
        assertThat(FileNames.safe("a/..")).isEqualTo(FileNames.NO_NAME);
        assertThat(FileNames.safe("dir/")).isEqualTo(FileNames.NO_NAME);
        assertThat(FileNames.safe(null)).isNull();
    }
}
