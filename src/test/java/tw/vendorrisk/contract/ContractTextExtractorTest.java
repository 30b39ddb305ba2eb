package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tw.vendorrisk.contract.UnreadableContractException.Reason;

/** Reading the text of an uploaded contract, and refusing what is no readable contract. */
class ContractTextExtractorTest {

    static final String CONTRACT = """
            維護服務合約
            甲方：宏遠證券股份有限公司
            乙方：昇陽資訊股份有限公司
            第一條 合約期間
            本合約自民國一一五年一月一日起至一一五年十二月三十一日止。
            第二條 保密義務
            乙方對於因本合約知悉之甲方資料應負保密義務。
            """;

    final ContractTextExtractor extractor = new ContractTextExtractor();

    static UnreadableContractException.Reason reasonOf(Runnable extraction) {
        try {
            extraction.run();
        } catch (UnreadableContractException e) {
            return e.reason();
        }
        throw new AssertionError("expected an UnreadableContractException");
    }

    @Nested
    class PlainText {

        @Test
        void readsUtf8() {
            assertThat(extractor.extract("合約.txt", "text/plain", CONTRACT.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(CONTRACT);
        }

        @Test
        void dropsAUtf8ByteOrderMark_andWindowsLineEnds() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] text = CONTRACT.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, content, 0, bom.length);
            System.arraycopy(text, 0, content, bom.length, text.length);

            assertThat(extractor.extract("合約.txt", "text/plain", content)).isEqualTo(CONTRACT);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"UTF-16", "UTF-16LE", "UTF-16BE", "x-windows-950", "Big5"})
        void readsUtf16AndBig5(String charset) {
            byte[] content = CONTRACT.getBytes(Charset.forName(charset));

            assertThat(extractor.extract("contract.txt", null, content)).isEqualTo(CONTRACT);
        }

        @Test
        void readsTheOwnContractsInBig5() {
            String text = TestContract.load("company-supplier-maintenance").text();
            String traditionalOnly = TestContract.load("trustee-development").text();

            assertThat(extractor.extract("契約.txt", "text/plain", traditionalOnly.getBytes(Charset.forName("Big5"))))
                    .isEqualTo(traditionalOnly);
            assertThat(extractor.extract("合同.txt", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(text);
        }

        @Test
        void refusesBinaryContent() {
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);

            assertThatThrownBy(() -> extractor.extract("contract.txt", "text/plain", binary))
                    .isInstanceOf(UnreadableContractException.class)
                    .hasMessageContaining("'contract.txt'").hasMessageContaining("not readable text");
            assertThat(reasonOf(() -> extractor.extract("a.txt", null, new byte[] {0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0})))
                    .isEqualTo(Reason.NOT_TEXT);
        }
    }

    @Nested
    class WordDocuments {

        @Test
        void readsParagraphsAndTablesInOrder() {
            String text = """
                    第一條 服務水準
                    乙方應達成下列服務水準：
                    | 項目 | 服務水準 |
                    | 系統可用率 | 99.9% |
                    第二條 保密
                    乙方應負保密義務。""";

            String extracted = extractor.extract("合約.docx", ContractFormat.DOCX_TYPE, TestDocuments.docx(text));

            assertThat(extracted).isEqualTo("""
                    第一條 服務水準
                    乙方應達成下列服務水準：
                    項目\t服務水準
                    系統可用率\t99.9%
                    第二條 保密
                    乙方應負保密義務。
                    """);
        }

        @Test
        void writesOutWordsAutomaticArticleNumbering() {
            Map<String, List<String>> articles = new LinkedHashMap<>();
            for (int i = 1; i <= 12; i++) {
                articles.put("條文" + i, List.of("甲方與乙方約定事項" + i + "。"));
            }

            String extracted = extractor.extract("numbered.docx", null, TestDocuments.docxWithNumberedArticles(articles));

            assertThat(extracted).startsWith("第一條 條文1\n甲方與乙方約定事項1。\n第二條 條文2\n")
                    .contains("第十條 條文10\n", "第十二條 條文12\n");
        }

        @Test
        void leavesOutWhatWordDoesNotShow_deletedTextFieldCodesAndTextBoxes() {
            String body = "<w:p><w:r><w:t xml:space=\"preserve\">第一條 乙方</w:t></w:r>"
                    + "<w:del w:id=\"1\" w:author=\"lena\"><w:r><w:delText>不</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"lena\"><w:r><w:t>應負</w:t></w:r></w:ins>"
                    + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY 義務 </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>保密義務</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    + "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文字方塊</w:t></w:r></w:p>"
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
                    + "<w:hyperlink w:history=\"1\"><w:r><w:t>（附件）</w:t></w:r></w:hyperlink>"
                    + "<w:r><w:tab/><w:t>。</w:t><w:br/><w:t>甲方：宏遠證券</w:t></w:r></w:p>"
                    + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>乙方：昇陽資訊</w:t></w:r>"
                    + "</w:p></w:sdtContent></w:sdt><w:sectPr/>";

            String extracted = extractor.extract("修訂.docx", null, TestDocuments.docxWithBody(body));

            assertThat(extracted).isEqualTo("第一條 乙方應負保密義務（附件）\t。\n甲方：宏遠證券\n乙方：昇陽資訊\n");
        }

        @Test
        void formatsChineseCounting() {
            assertThat(List.of(1, 10, 12, 20, 21, 100, 105, 110)).extracting(DocxText::chinese)
                    .containsExactly("一", "十", "十二", "二十", "二十一", "一百", "一百零五", "一百一十");
            assertThat(DocxText.format(3, "decimalFullWidth")).isEqualTo("３");
            assertThat(DocxText.format(2, "ideographTraditional")).isEqualTo("乙");
        }

        @Test
        void refusesAPasswordProtectedDocument() {
            byte[] encrypted = TestDocuments.encryptedDocx(CONTRACT, "secret");

            assertThatThrownBy(() -> extractor.extract("合約.docx", ContractFormat.DOCX_TYPE, encrypted))
                    .isInstanceOf(UnreadableContractException.class).hasMessageContaining("password-protected");
            assertThat(reasonOf(() -> extractor.extract("合約.docx", null, encrypted))).isEqualTo(Reason.ENCRYPTED);
        }

        @Test
        void refusesADamagedDocument() {
            byte[] docx = TestDocuments.docx(CONTRACT);
            byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

            assertThat(reasonOf(() -> extractor.extract("合約.docx", null, truncated))).isEqualTo(Reason.CORRUPT);
            assertThat(reasonOf(() -> extractor.extract("合約.docx", null, CONTRACT.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(Reason.CORRUPT);
        }
    }

    @Nested
    class Pdfs {

        @Test
        void readsTheTextLayerOfAChinesePdf_acrossPages() {
            String contract = TestContract.load("trustee-development").text();

            String extracted = extractor.extract("委託開發契約.pdf", "application/pdf", TestDocuments.chinesePdf(contract));

            assertThat(extracted).contains("\n第十二條之一【資通安全事件之處理】\n", "\n- 3 -\n");
            assertThat(extracted.replaceAll("\\s|- \\d+ -", ""))
                    .isEqualTo(contract.replaceAll("\\s", ""));
        }

        @Test
        void readsAnAsciiPdf_thenRefusesItAsNoChineseContract() {
            byte[] pdf = TestDocuments.asciiPdf("SERVICE AGREEMENT", "Article 1 Term", "This agreement runs one year.");

            assertThatThrownBy(() -> extractor.extract("agreement.pdf", "application/pdf", pdf))
                    .isInstanceOf(UnreadableContractException.class)
                    .hasMessageContaining("does not look like a contract in Chinese")
                    .hasMessageContaining("0 Chinese characters");
        }

        @Test
        void refusesAPasswordProtectedPdf() {
            byte[] encrypted = TestDocuments.encryptedPdf(CONTRACT, "user-secret");

            assertThatThrownBy(() -> extractor.extract("合約.pdf", "application/pdf", encrypted))
                    .isInstanceOf(UnreadableContractException.class).hasMessageContaining("password-protected");
        }

        @Test
        void refusesACorruptPdf() {
            byte[] pdf = TestDocuments.chinesePdf(CONTRACT);
            byte[] corrupt = Arrays.copyOf(pdf, 40);

            assertThat(reasonOf(() -> extractor.extract("合約.pdf", "application/pdf", corrupt))).isEqualTo(Reason.CORRUPT);
            assertThat(reasonOf(() -> extractor.extract("合約.pdf", "application/pdf",
                    "%PDF-1.7\nthis is no PDF body".getBytes(StandardCharsets.US_ASCII)))).isEqualTo(Reason.CORRUPT);
            assertThat(reasonOf(() -> extractor.extract("合約.pdf", "application/pdf", TestDocuments.docx(CONTRACT))))
                    .isEqualTo(Reason.CORRUPT);
        }

        @Test
        void refusesAPdfWithoutText_likeAScan() {
            assertThatThrownBy(() -> extractor.extract("scan.pdf", "application/pdf", TestDocuments.pdfWithoutText()))
                    .isInstanceOf(UnreadableContractException.class).hasMessageContaining("no text layer");
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesEmptyContent() {
            assertThatThrownBy(() -> extractor.extract("合約.pdf", "application/pdf", new byte[0]))
                    .isInstanceOf(UnreadableContractException.class).hasMessageContaining("empty");
            assertThat(reasonOf(() -> extractor.extract("合約.txt", "text/plain", null))).isEqualTo(Reason.EMPTY);
        }

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource(nullValues = "null", value = {
                "合約.doc,   application/msword",
                "合約.xlsx,  application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "photo.jpg,  image/jpeg",
                "null,       application/octet-stream",
        })
        void refusesOtherFileTypes(String filename, String contentType) {
            assertThat(reasonOf(() -> extractor.extract(filename, contentType, CONTRACT.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(Reason.UNSUPPORTED_TYPE);
        }

        @Test
        void tellsTheFormatByContentWhenTheNameSaysNothing() {
            assertThat(extractor.extract(null, null, TestDocuments.chinesePdf(CONTRACT))).contains("第二條 保密義務");
            assertThat(extractor.extract("upload.bin", null, TestDocuments.docx(CONTRACT))).contains("第二條 保密義務");
            assertThat(extractor.extract("contract", "text/plain", CONTRACT.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(CONTRACT);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "'Minutes of the vendor meeting, 3 March. Nothing was decided.'",
                "會議紀錄：下週再議。",
                "'本週天氣晴朗，適合戶外活動，請大家準時出席下午三點在會議室舉行的部門聚餐，謝謝。'",
        })
        void refusesTextThatIsNoContract(String text) {
            assertThatThrownBy(() -> extractor.extract("notes.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(UnreadableContractException.class)
                    .hasMessageContaining("does not look like a contract in Chinese")
                    .satisfies(e -> assertThat(((UnreadableContractException) e).reason()).isEqualTo(Reason.NOT_A_CONTRACT));
        }

        @Test
        void acceptsAContractWithPartiesButNoArticleHeadings() {
            String memorandum = "委託人宏遠證券委託受託人昇陽資訊維護電子下單系統，受託人應負保密義務，期間一年。";

            assertThat(extractor.extract("備忘錄.txt", "text/plain", memorandum.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(memorandum);
        }
    }
}
