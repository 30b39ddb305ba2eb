package tw.vendorrisk.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.MissingVariableException;
import tw.vendorrisk.document.UploadedFile;
import tw.vendorrisk.support.FakeExecution;
import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Each delegate of vendor-termination maps variables in, calls the termination service, maps results out. */
class TerminationDelegatesTest {

    final TerminationService terminations = mock(TerminationService.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    @Test
    void endContract_endsItOnBehalfOfTheInitiator_andSetsWhatTheTasksShow() {
        Date deadline = new Date();
        when(terminations.start(eq(5L), eq(TerminationReason.REGULATOR_ORDER), eq("ordered"), isNull(), eq("mark"),
                eq("pi-1"))).thenReturn(new TerminationService.Started(9L, 5L, 3L, "Hengan", "ID images", 2, 7, 4, 30,
                        deadline));
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.CONTRACT_ID.name(), 5,
                Variables.TERMINATION_REASON.name(), "regulator_order", Variables.TERMINATION_NOTES.name(), "ordered",
                Variables.REQUESTED_BY.name(), "mark"));

        new EndContractDelegate(terminations, currentUser).execute(execution);

        assertThat(execution.getVariable(Variables.CONTRACT_ID.name())).as("kept as a Long").isEqualTo(5L);
        assertThat(Variables.TERMINATION_ID.get(execution)).isEqualTo(9L);
        assertThat(Variables.ACCESS_REVOKED.get(execution)).isEqualTo(2);
        assertThat(Variables.OVERSIGHT_CANCELLED.get(execution)).isEqualTo(7);
        assertThat(Variables.ASSET_COUNT.get(execution)).isEqualTo(4);
        assertThat(Variables.TERMINATION_DEADLINE.get(execution)).isEqualTo(deadline);
        assertThat(Variables.VENDOR_NAME.get(execution)).isEqualTo("Hengan");
        verify(execution).setProcessBusinessKey("5");
    }

    @Test
    void endContract_withoutAReason_isRefusedBeforeTheRegisterIsTouched() {
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.CONTRACT_ID.name(), 5L));

        assertThatThrownBy(() -> new EndContractDelegate(terminations, currentUser).execute(execution))
                .isInstanceOf(MissingVariableException.class).hasMessageContaining("terminationReason");
    }

    @Test
    void recordAssetDisposition_passesTheCertificate_andForgetsTheFile() {
        when(currentUser.id()).thenReturn("ivan");
        DelegateExecution execution = FakeExecution.with(new HashMap<>(Map.of(Variables.TERMINATION_ID.name(), 9L,
                Variables.ASSET_ID.name(), 11L, Variables.DISPOSITION_METHOD.name(), "DESTROY",
                Variables.DESTRUCTION_CERTIFICATE, "placeholder")));
        when(execution.getVariableTyped(Variables.DESTRUCTION_CERTIFICATE))
                .thenReturn(VendorTerminationProcessTest.certificate("cert.pdf"));

        new RecordAssetDispositionDelegate(terminations, currentUser).execute(execution);

        ArgumentCaptor<UploadedFile> file = ArgumentCaptor.forClass(UploadedFile.class);
        verify(terminations).recordDisposition(eq(9L), eq(11L), eq(DispositionMethod.DESTROY), isNull(), isNull(),
                file.capture(), eq("ivan"));
        assertThat(file.getValue().fileName()).isEqualTo("cert.pdf");
        assertThat(new String(file.getValue().content(), StandardCharsets.US_ASCII)).startsWith("%PDF");
        assertThat(execution.getVariables()).doesNotContainKey(Variables.DESTRUCTION_CERTIFICATE);
    }

    @Test
    void recordTransitionChecklist_collectsEveryItemThatWasCheckedOff() {
        Map<String, Object> variables = VendorTerminationProcessTest.transition("NEW_VENDOR", "Lida", null);
        variables.remove(TransitionItem.LOGS_RETAINED.variable());
        variables.put(TransitionItem.SUCCESSOR_ACCESS.variable(), "not_applicable");
        variables.put(Variables.TERMINATION_ID.name(), 9L);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<TransitionItem, CheckStatus>> items = ArgumentCaptor.forClass(Map.class);

        new RecordTransitionChecklistDelegate(terminations, currentUser).execute(FakeExecution.with(variables));

        verify(terminations).recordTransition(eq(9L), eq(TransitionTarget.NEW_VENDOR), eq("Lida"), items.capture(),
                isNull(), isNull());
        assertThat(items.getValue()).hasSize(TransitionItem.values().length - 1)
                .doesNotContainKey(TransitionItem.LOGS_RETAINED)
                .containsEntry(TransitionItem.SUCCESSOR_ACCESS, CheckStatus.NOT_APPLICABLE)
                .containsEntry(TransitionItem.DATA_MIGRATED, CheckStatus.DONE);
    }

    @Test
    void storeConfidentialityContinuation_readsTheDate_andAnEmptyOneMeansWithoutEnd() {
        new StoreConfidentialityContinuationDelegate(terminations, currentUser).execute(FakeExecution.with(Map.of(
                Variables.TERMINATION_ID.name(), 9L, Variables.CONFIDENTIALITY_CONTINUES.name(), true,
                Variables.CONFIDENTIALITY_UNTIL.name(), "2031-06-30T00:00:00")));
        new StoreConfidentialityContinuationDelegate(terminations, currentUser).execute(FakeExecution.with(Map.of(
                Variables.TERMINATION_ID.name(), 10L, Variables.CONFIDENTIALITY_CONTINUES.name(), "true",
                Variables.CONFIDENTIALITY_UNTIL.name(), "")));

        verify(terminations).recordConfidentiality(9L, true, LocalDate.of(2031, 6, 30), null, null);
        verify(terminations).recordConfidentiality(10L, true, null, null, null);
    }

    @Test
    void recordTerminationOverdue_setsWhatIsStillOpen() {
        when(terminations.markOverdue(9L)).thenReturn("- open item");
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.TERMINATION_ID.name(), 9L));

        new RecordTerminationOverdueDelegate(terminations).execute(execution);

        assertThat(Variables.OPEN_ITEMS.get(execution)).isEqualTo("- open item");
    }

    @Test
    void recordEscalationAction_andCompleteTermination_passTheirInputOn() {
        when(currentUser.id()).thenReturn("mark");
        new RecordEscalationActionDelegate(terminations, currentUser).execute(FakeExecution.with(Map.of(
                Variables.TERMINATION_ID.name(), 9L, Variables.ESCALATION_ACTION.name(), "remind the vendor")));
        new CompleteTerminationDelegate(terminations).execute(FakeExecution.with(Map.of(
                Variables.TERMINATION_ID.name(), 9L)));

        verify(terminations).recordEscalationAction(9L, "remind the vendor", "mark");
        verify(terminations).complete(9L);
    }

    @Test
    void openAssetDisposition_showsTheAsset() {
        when(terminations.assetDetails(9L, 11L)).thenReturn(new TerminationService.AssetDetails(11L, "ID images",
                "scans", "SECRET", "vendor lab", true));
        DelegateExecution execution = FakeExecution.with(Map.of(Variables.TERMINATION_ID.name(), 9L,
                Variables.ASSET_ID.name(), 11L));

        new OpenAssetDispositionDelegate(terminations).execute(execution);

        assertThat(Variables.ASSET_NAME.get(execution)).isEqualTo("ID images");
        assertThat(Variables.ASSET_CLASSIFICATION.get(execution)).isEqualTo("SECRET");
        assertThat(Variables.ASSET_TRADE_SECRET.get(execution)).isTrue();
        verify(terminations).assetDetails(any(), any());
    }
}
