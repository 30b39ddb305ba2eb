package tw.vendorrisk.contract;

import java.io.IOException;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Service;

/**
 * The text of an uploaded contract: .txt (UTF-8, also with byte order mark, UTF-16 and Big5),
 * .docx (paragraphs and tables in order) or .pdf (text layer). Refuses, with an
 * {@link UnreadableContractException}, what it cannot read or what is no contract. Upload size
 * limits are enforced before this; what a file unpacks to, its text and the time reading it takes are
 * limited while it is read ({@link ExtractionBudget}), and a file beyond them is refused with a
 * {@link ContractTooLargeException}.
 */
@Service
public class ContractTextExtractor {

    private static final int MIN_PDF_TEXT = 20;

    private final ExtractionBudget.Limits limits;

    public ContractTextExtractor() {
        this(ExtractionBudget.Limits.DEFAULT);
    }

    ContractTextExtractor(ExtractionBudget.Limits limits) {
        this.limits = limits;
    }

    public String extract(String filename, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw UnreadableContractException.empty(filename);
        }
        ContractFormat format = ContractFormat.of(filename, contentType, content)
                .orElseThrow(() -> UnreadableContractException.unsupported(filename, contentType));
        ExtractionBudget budget = new ExtractionBudget(filename, limits);
        String text = switch (format) {
            case TXT -> text(filename, content, budget);
            case DOCX -> docx(filename, content, budget);
            case PDF -> pdf(filename, content, budget);
        };
        text = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        Optional<String> notAContract = ContractMarkers.whyNot(text);
        if (notAContract.isPresent()) {
            throw UnreadableContractException.notAContract(filename, notAContract.get());
        }
        return text;
    }

    private static String text(String filename, byte[] content, ExtractionBudget budget) {
        String text = PlainTextDecoder.decode(content).orElseThrow(() -> UnreadableContractException.notText(filename));
        budget.addCharacters(text.length());
        return text;
    }

    private static String docx(String filename, byte[] content, ExtractionBudget budget) {
        if (ContractFormat.isOle2(content)) {
            throw UnreadableContractException.encrypted(filename, ContractFormat.DOCX.label(), null);
        }
        if (!ContractFormat.isZip(content)) {
            throw UnreadableContractException.corrupt(filename, ContractFormat.DOCX.label(), null);
        }
        try {
            return DocxText.of(content, budget);
        } catch (ContractTooLargeException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            budget.rethrowIfExceeded();
            throw UnreadableContractException.corrupt(filename, ContractFormat.DOCX.label(), e);
        }
    }

    private static String pdf(String filename, byte[] content, ExtractionBudget budget) {
        if (!ContractFormat.isPdf(content)) {
            throw UnreadableContractException.corrupt(filename, ContractFormat.PDF.label(), null);
        }
        String text;
        try {
            text = PdfText.of(content, budget);
        } catch (ContractTooLargeException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw UnreadableContractException.encrypted(filename, ContractFormat.PDF.label(), e);
        } catch (IOException | RuntimeException e) {
            throw UnreadableContractException.corrupt(filename, ContractFormat.PDF.label(), e);
        }
        if (text.codePoints().filter(c -> !Character.isWhitespace(c)).count() < MIN_PDF_TEXT) {
            throw UnreadableContractException.noText(filename);
        }
        return text;
    }
}
