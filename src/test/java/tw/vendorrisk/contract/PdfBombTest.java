package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * PDFs that unpack to far more than a contract, or show text without end: each is refused with a
 * {@link ContractTooLargeException} (413) in well under 5 s. PDFBox unpacks a stream whole into memory
 * before it reads it; the 1.5 MB file with a Flate stream of 1.5 GB took minutes of processor time
 * before this, or ended in an {@link OutOfMemoryError}. The pom runs this class with {@code -Xmx256m}.
 */
class PdfBombTest {

    static final long MB = ContractBombs.MB;
    static final long FIVE_SECONDS = 5_000;

    final ContractTextExtractor extractor = new ContractTextExtractor();

    record Outcome(Throwable refusal, long millis) {
    }

    Outcome extract(String fileName, byte[] pdf) {
        long start = System.nanoTime();
        Throwable refusal = catchThrowable(() -> extractor.extract(fileName, "application/pdf", pdf));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s (%,d bytes): refused after %d ms: %s%n", fileName, pdf.length, millis, refusal);
        return new Outcome(refusal, millis);
    }

    @Test
    void aPdfWithAFlateStreamOfOneAndAHalfGigabytesIsRefusedIn5Seconds() {
        byte[] bomb = ContractBombs.pdfWithFlateBomb(1536 * MB);
        assertThat(bomb.length).as("the upload").isLessThan(2 * (int) MB);

        Outcome outcome = extract("合約.pdf", bomb);

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageStartingWith("合約檔案解壓縮後超過上限（64 MB）")
                .hasMessageContaining("The file '合約.pdf' unpacks to more than 64 MB (one of its streams)");
        assertThat(outcome.millis()).as("milliseconds to the refusal").isLessThan(FIVE_SECONDS);
    }

    @Test
    void aPdfWhoseObjectStreamInflatesToOneAndAHalfGigabytesIsRefusedBeforePdfBoxLoadsIt() {
        Outcome outcome = extract("objects.pdf", ContractBombs.pdfWithObjectStreamBomb(1536 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("unpacks to more than 64 MB (one of its streams)");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void aPdfWhoseObjectStreamRunLengthDecodesToAQuarterGigabyteIsRefusedWhileItIsOpened() {
        Outcome outcome = extract("runs.pdf", ContractBombs.pdfWithRunLengthObjectStream(256 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("unpacks to more than 20 MB (while it is opened)");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void anEncryptedPdfWithAFlateStreamOfOneAndAHalfGigabytesIsRefusedIn5Seconds() {
        Outcome outcome = extract("protected.pdf", ContractBombs.encryptedPdfWithFlateBomb(1536 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("unpacks to more than 20 MB (a page's content, form or font)");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void aPdfPageThatShowsTextWithoutEndIsRefusedIn5Seconds() {
        Outcome outcome = extract("endless.pdf", ContractBombs.pdfWithEndlessText(8 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageStartingWith("合約文字超過上限（每頁 50,000 字）")
                .hasMessageContaining("a page of the file 'endless.pdf' holds more than 50,000 characters");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void readingThatTakesLongerThanItsTimeIsRefused() {
        ContractTextExtractor hurried = new ContractTextExtractor(new ExtractionBudget.Limits(500_000, 50_000,
                20 * MB, 64 * MB, 256 * MB, 1_000, Duration.ZERO));
        byte[] pdf = TestDocuments.chinesePdf(TestContract.load("trustee-development").text());

        assertThat(catchThrowable(() -> hurried.extract("slow.pdf", null, pdf)))
                .isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("Reading the text of the file 'slow.pdf' took more than 0 seconds");
    }

    @Test
    void aLongContractWithinTheLimitsIsStillRead() {
        String contract = TestContract.load("trustee-development").text();
        byte[] pdf = TestDocuments.chinesePdf(contract.repeat(20)); // some 50 pages

        String text = extractor.extract("long.pdf", null, pdf);

        assertThat(text.replaceAll("\\s|- \\d+ -", "")).isEqualTo(contract.repeat(20).replaceAll("\\s", ""));
    }
}
