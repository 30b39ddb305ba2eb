package tw.vendorrisk.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.MissingVariableException;
import tw.vendorrisk.register.NewNda;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;
import tw.vendorrisk.support.FakeExecution;

/** Each delegate of vendor-selection maps variables in, calls its service, maps results out. */
class SelectionDelegatesTest {

    final SelectionService selection = mock(SelectionService.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    Map<String, Object> need() {
        return new HashMap<>(VendorSelectionProcessTest.need("22099131"));
    }

    @Test
    void registerOutsourcingNeed_proposesTheServiceAndSetsTheCandidate() {
        when(selection.proposeToCandidate(any(), isNull(), eq("pi-1")))
                .thenReturn(new CandidateVendor(7L, 3L, "Certified Co.", 1, true));
        Map<String, Object> variables = need();
        variables.remove(Variables.SENSITIVE_INFORMATION.name());
        DelegateExecution execution = FakeExecution.with(variables);

        new RegisterOutsourcingNeedDelegate(selection).execute(execution);

        ArgumentCaptor<OutsourcingNeed> need = ArgumentCaptor.forClass(OutsourcingNeed.class);
        verify(selection).proposeToCandidate(need.capture(), isNull(), eq("pi-1"));
        assertThat(need.getValue().profile().annualSpend()).isEqualByComparingTo("900000");
        assertThat(need.getValue().profile().systemMaintenance()).isTrue();
        assertThat(Variables.SERVICE_ID.get(execution)).isEqualTo(7L);
        assertThat(Variables.VENDOR_NAME.get(execution)).isEqualTo("Certified Co.");
        assertThat(Variables.ORGANIZATION_CATEGORY.get(execution)).isEqualTo(1);
        assertThat(Variables.NDA_ON_FILE.get(execution)).isTrue();
        assertThat(Variables.SENSITIVE_INFORMATION.get(execution)).isFalse();
        verify(execution).setProcessBusinessKey("7");
    }

    @Test
    void registerOutsourcingNeed_forTheNextCandidate_forgetsWhatWasLearntAboutTheLastOne() {
        when(selection.proposeToCandidate(any(), eq(7L), eq("pi-1")))
                .thenReturn(new CandidateVendor(7L, 4L, "Next Co.", 1, false));
        Map<String, Object> variables = need();
        variables.put(Variables.SERVICE_ID.name(), 7L);
        variables.put(Variables.EXCEPTION_APPROVED.name(), false);
        variables.put(Variables.REJECTION_CAUSE.name(), "CONCENTRATION_EXCEPTION_REJECTED");
        DelegateExecution execution = FakeExecution.with(variables);

        new RegisterOutsourcingNeedDelegate(selection).execute(execution);

        assertThat(execution.getVariables()).doesNotContainKeys(Variables.EXCEPTION_APPROVED.name(),
                Variables.REJECTION_CAUSE.name());
        assertThat(Variables.VENDOR_ID.get(execution)).isEqualTo(4L);
    }

    @Test
    void registerOutsourcingNeed_refusesAnUnknownCriticality() {
        Map<String, Object> variables = need();
        variables.put(Variables.CRITICALITY.name(), "VERY");

        assertThatThrownBy(() -> new RegisterOutsourcingNeedDelegate(selection).execute(FakeExecution.with(variables)))
                .isInstanceOf(InvalidVariableException.class).hasMessageContaining("CRITICAL, HIGH, NORMAL");
    }

    @Test
    void storeNda_writesTheNdaWithTheUser() {
        when(currentUser.id()).thenReturn("alice");
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.VENDOR_ID.name(), 3L,
                Variables.SERVICE_ID.name(), 7L, Variables.NDA_REFERENCE.name(), " NDA-1 ",
                Variables.NDA_SIGNED_ON.name(), "2026-11-20T00:00:00Z"));

        new StoreNdaDelegate(selection, currentUser).execute(execution);

        verify(selection).storeNda(3L, 7L, new NewNda("NDA-1", LocalDate.of(2026, 11, 20), null), "alice");
    }

    @Test
    void storeNda_needsTheSigningDate() {
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.VENDOR_ID.name(), 3L,
                Variables.SERVICE_ID.name(), 7L, Variables.NDA_REFERENCE.name(), "NDA-1"));

        assertThatThrownBy(() -> new StoreNdaDelegate(selection, currentUser).execute(execution))
                .isInstanceOf(MissingVariableException.class).hasMessageContaining("ndaSignedOn");
    }

    @Test
    void checkCertificates_setsTheResult() {
        CertificateCheck check = mock(CertificateCheck.class);
        when(check.check(eq(7L), eq(1), any())).thenReturn(new CertificateCheck.Result(false, List.of(),
                "4.2.3: ISO_27001 — no valid certificate"));
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.SERVICE_ID.name(), 7L,
                Variables.ORGANIZATION_CATEGORY.name(), 1));

        new CheckCertificatesDelegate(check).execute(execution);

        assertThat(Variables.CERTIFICATES_SUFFICIENT.get(execution)).isFalse();
        assertThat(Variables.CERTIFICATE_SHORTFALL.get(execution)).startsWith("4.2.3");
    }

    @Test
    void assessConcentration_setsTheFiguresAndTheFindings() {
        ConcentrationAssessment assessment = mock(ConcentrationAssessment.class);
        when(assessment.assess(7L)).thenReturn(new ConcentrationAssessment.Result(new ConcentrationFigures(4, 1,
                new BigDecimal("50.00"), new BigDecimal("33.33"), new BigDecimal("100.00"), new BigDecimal("12.50")),
                true, List.of("a", "b")));
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.SERVICE_ID.name(), 7L));

        new AssessConcentrationDelegate(assessment).execute(execution);

        assertThat(Variables.SHARE_BY_COUNT.get(execution)).isEqualTo(50.0);
        assertThat(Variables.SHARE_BY_SPEND.get(execution)).isEqualTo(33.33);
        assertThat(Variables.MARKET_SHARE.get(execution)).isEqualTo(12.5);
        assertThat(Variables.CONCENTRATION_TOO_HIGH.get(execution)).isTrue();
        assertThat(Variables.CONCENTRATION_FINDINGS.get(execution)).isEqualTo("a; b");
    }

    @Test
    void recordSelection_recordsTheApprovedException() {
        when(currentUser.id()).thenReturn("mark");
        when(selection.recordSelection(eq(7L), eq("pi-1"), eq("mark"), any(), any(), anyBoolean(), any()))
                .thenReturn(11L);
        Map<String, Object> variables = new HashMap<>(Map.of(Variables.SERVICE_ID.name(), 7L,
                Variables.SHARE_BY_COUNT.name(), 60.0, Variables.CONCENTRATION_TOO_HIGH.name(), true,
                Variables.EXCEPTION_APPROVED.name(), true, Variables.EXCEPTION_DECIDED_BY.name(), "mark",
                Variables.APPROVAL_REASON.name(), "sole vendor", Variables.INCIDENT_IDENTIFICATION.name(), true,
                Variables.INCIDENT_RESPONSE.name(), true, Variables.INCIDENT_MITIGATION.name(), false));
        DelegateExecution execution = FakeExecution.with(variables);

        new RecordSelectionDelegate(selection, currentUser).execute(execution);

        ArgumentCaptor<ConcentrationException> exception = ArgumentCaptor.forClass(ConcentrationException.class);
        verify(selection).recordSelection(eq(7L), eq("pi-1"), eq("mark"), any(), any(), eq(true), exception.capture());
        assertThat(exception.getValue()).isEqualTo(new ConcentrationException(false, null, "mark", "sole vendor"));
        assertThat(Variables.SELECTION_DECISION_ID.get(execution)).isEqualTo(11L);
        assertThat(Variables.SELECTION_OUTCOME.get(execution)).isEqualTo("SELECTED");
    }

    @Test
    void recordRejection_givesTheCauseAndTheDecidersWords() {
        when(selection.recordRejection(eq(7L), eq("pi-1"), any(), anyString(), any(), any(), any(), any()))
                .thenReturn(12L);
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.SERVICE_ID.name(), 7L,
                Variables.REJECTION_CAUSE.name(), "NOT_CAPABLE", Variables.CAPABILITY_NOTES.name(), " weak finances "));

        new RecordRejectionDelegate(selection, currentUser).execute(execution);

        assertThat(Variables.REJECTION_REASON.get(execution)).contains("(4.2.1)").endsWith(": weak finances");
        assertThat(Variables.SELECTION_DECISION_ID.get(execution)).isEqualTo(12L);
    }

    @Test
    void recordRejection_needsACause() {
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.SERVICE_ID.name(), 7L));

        assertThatThrownBy(() -> new RecordRejectionDelegate(selection, currentUser).execute(execution))
                .isInstanceOf(MissingVariableException.class).hasMessageContaining("rejectionCause");
    }

    @Test
    void closeSelection_marksTheServiceNotSelected() {
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.SERVICE_ID.name(), 7L));

        new CloseSelectionDelegate(selection).execute(execution);

        verify(selection).closeWithoutVendor(7L);
        assertThat(Variables.SELECTION_OUTCOME.get(execution)).isEqualTo("NOT_SELECTED");
    }

    @Test
    void validateCapability_refusesAFractionalScore() {
        DelegateTask task = mock(DelegateTask.class);
        Map<String, Object> variables = Map.of(Variables.FINANCIAL_SCORE.name(), 4, Variables.MANAGEMENT_SCORE.name(), 3.5,
                Variables.PROFESSIONAL_SCORE.name(), 4, Variables.OPERATING_SCORE.name(), 4,
                Variables.TRACK_RECORD_SCORE.name(), 4, Variables.VENDOR_CAPABLE.name(), true);
        when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));

        assertThatThrownBy(() -> new ValidateCapabilityListener().notify(task))
                .isInstanceOf(InvalidVariableException.class).hasMessageContaining("managementScore");
    }

    @Test
    void recordExceptionDecider_takesTheAuthenticatedManager() {
        when(currentUser.id()).thenReturn("mark");
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = FakeExecution.with(Map.of());
        when(task.getExecution()).thenReturn(execution);

        new RecordExceptionDeciderListener(currentUser).notify(task);

        assertThat(Variables.EXCEPTION_DECIDED_BY.get(execution)).isEqualTo("mark");
    }
}
