package tw.vendorrisk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which variables an embedded form lets a person set (issue 16, item 2: a task sets only its form's fields). */
class TaskFormFieldsTest {

    @Test
    void editableInputsAndFilePickers_areFields_readOnlyInputsAreNot() {
        String html = """
                <form role="form">
                  <input type="text" cam-variable-name="vendorName" cam-variable-type="String" readonly>
                  <textarea cam-variable-name="draftNotes" cam-variable-type="String"></textarea>
                  <select cam-variable-name="outcome" cam-variable-type="String" disabled></select>
                  <div vr-file-picker="contractDraft" vr-label="合約檔案 Contract file"></div>
                </form>""";

        assertThat(TaskFormFields.embeddedFormFields(html)).containsExactly("contractDraft", "draftNotes");
    }

    @Test
    void theUploadForms_letTheirFileBeSet() throws IOException {
        assertThat(fieldsOf("upload-contract-draft.html")).contains("contractDraft");
        assertThat(fieldsOf("upload-sla-report.html")).contains("slaReport");
        assertThat(fieldsOf("confirm-asset-disposition.html")).contains("destructionCertificate");
    }

    private static Set<String> fieldsOf(String form) throws IOException {
        return TaskFormFields.embeddedFormFields(Files.readString(Path.of("forms", form), StandardCharsets.UTF_8));
    }
}
