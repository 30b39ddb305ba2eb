package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tw.vendorrisk.contract.UnreadableContractException.Reason;

/**
 * Word documents that unpack to far more than a contract (issue "one .docx exhausts the heap"): each is
 * refused with a {@link ContractTooLargeException} (413) in well under 5 s, however little heap the JVM
 * has. The pom runs this class with {@code -Xmx256m}, where reading {@code document.xml} into a DOM, as
 * POI did, ends in an {@link OutOfMemoryError} after about a minute.
 */
class DocxBombTest {

    static final long MB = ContractBombs.MB;
    static final long FIVE_SECONDS = 5_000;

    final ContractTextExtractor extractor = new ContractTextExtractor();

    record Outcome(Throwable refusal, long millis) {
    }

    Outcome extract(String fileName, byte[] docx) {
        long start = System.nanoTime();
        Throwable refusal = catchThrowable(() -> extractor.extract(fileName, ContractFormat.DOCX_TYPE, docx));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s (%,d bytes): refused after %d ms: %s%n", fileName, docx.length, millis, refusal);
        return new Outcome(refusal, millis);
    }

    @Test
    void aDocxWhoseDocumentXmlInflatesTo72MbIsRefusedIn5Seconds() {
        byte[] bomb = ContractBombs.docxWithHugeDocumentXml(72 * MB);
        assertThat(bomb.length).as("the upload").isLessThan(10 * (int) MB);

        Outcome outcome = extract("合約.docx", bomb);

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageStartingWith("合約文字超過上限（500,000 字）")
                .hasMessageContaining("The contract's text exceeds the limit: the file '合約.docx' holds more than"
                        + " 500,000 characters");
        assertThat(outcome.millis()).as("milliseconds to the refusal").isLessThan(FIVE_SECONDS);
    }

    @Test
    void aDocxWhoseDocumentXmlInflatesTo72MbOfMarkupWithoutTextIsRefusedIn5Seconds() {
        Outcome outcome = extract("bookmarks.docx", ContractBombs.docxWithHugeMarkupWithoutText(72 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageStartingWith("合約檔案解壓縮後超過上限（20 MB）")
                .hasMessageContaining("unpacks to more than 20 MB (word/document.xml)");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void aDocxWithAnEntryOfAGigabyteOfZerosIsRefusedIn5Seconds() {
        Outcome outcome = extract("image.docx", ContractBombs.docxWithHugeEntry("word/media/image1.emf", 1024 * MB));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("unpacks to more than 256 MB (all its parts together)");
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void aDocxOfTenThousandEntriesIsRefused() {
        Outcome outcome = extract("parts.docx", ContractBombs.docxWithManyEntries(10_000));

        assertThat(outcome.refusal()).isInstanceOf(ContractTooLargeException.class)
                .hasMessageContaining("holds more than 1,000 parts");
    }

    @Test
    void aDocxWhoseEntitiesExpandABillionTimesIsRefusedAsDamaged() {
        Outcome outcome = extract("laughs.docx", ContractBombs.docxWithEntityExpansion());

        assertThat(outcome.refusal()).isInstanceOf(UnreadableContractException.class)
                .hasMessageContaining("no DTD and no entities");
        assertThat(((UnreadableContractException) outcome.refusal()).reason()).isEqualTo(Reason.CORRUPT);
        assertThat(outcome.millis()).isLessThan(FIVE_SECONDS);
    }

    @Test
    void readingThatTakesLongerThanItsTimeIsRefused() {
        ContractTextExtractor hurried = new ContractTextExtractor(new ExtractionBudget.Limits(500_000, 50_000,
                20 * MB, 64 * MB, 256 * MB, 1_000, Duration.ZERO));

        assertThat(catchThrowable(() -> hurried.extract("slow.docx", null, ContractBombs.docxWithHugeDocumentXml(MB))))
                .isInstanceOf(ContractTooLargeException.class)
                .hasMessageStartingWith("合約文字讀取逾時（0 秒）")
                .hasMessageContaining("Reading the text of the file 'slow.docx' took more than 0 seconds");
    }

    @Test
    void aLongContractWithinTheLimitsIsStillRead() {
        String article = TestContract.load("trustee-development").text();
        String contract = article.repeat(100); // some 270 000 characters, 200 pages

        String text = extractor.extract("long.docx", null, TestDocuments.docx(contract));

        assertThat(text.length()).isGreaterThan(250_000);
        assertThat(text).startsWith(article.substring(0, 20));
    }
}
