package tw.vendorrisk.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.common.MissingVariableException;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.contract.ContractService;
import tw.vendorrisk.support.FakeExecution;

/** Each oversight and access delegate on its own, with the services it calls mocked. */
class OversightDelegatesTest {

    final OversightService oversight = mock(OversightService.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    OversightDelegatesTest() {
        when(currentUser.id()).thenReturn("ivan");
    }

    @Test
    void planOversight_plansTheContract() throws Exception {
        new PlanOversightDelegate(oversight).execute(FakeExecution.with(Map.of("contractId", 7L)));
        verify(oversight).plan(7L);
    }

    @Test
    void registerAdHocAudit_usesTheDaysGiven_orThirty() throws Exception {
        OversightActivity activity = mock(OversightActivity.class);
        when(activity.getId()).thenReturn(42L);
        when(oversight.registerAdHocAudit(eq(7L), any(Integer.class))).thenReturn(activity);
        DelegateExecution execution = FakeExecution.with(Map.of("contractId", 7L));

        new RegisterAdHocAuditDelegate(oversight).execute(execution);

        verify(oversight).registerAdHocAudit(7L, 30);
        assertThat(execution.getVariable("activityId")).isEqualTo(42L);
    }

    @Test
    void openOversightActivity_putsWhatTheTasksShow() throws Exception {
        Date due = new Date(1_800_000_000_000L);
        when(oversight.open(42L, "pi-1")).thenReturn(new OversightService.OpenedActivity(42L,
                OversightKind.ONSITE_REVIEW, 2, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), due, due, 7L,
                "Vendor Co.", "Maintenance"));
        DelegateExecution execution = FakeExecution.with(Map.of("activityId", 42L));

        new OpenOversightActivityDelegate(oversight).execute(execution);

        assertThat(execution.getVariables()).containsEntry("activityKind", "ONSITE_REVIEW")
                .containsEntry("period", "2027-01-01 – 2027-06-30").containsEntry("activityDueAt", due)
                .containsEntry("vendorName", "Vendor Co.").containsEntry("contractId", 7L).containsEntry("sequenceNo", 2);
    }

    @Test
    void recordFindings_oneItemPerLine_listMarkersRemoved() throws Exception {
        when(oversight.recordFindings(eq(42L), anyList(), eq(14))).thenReturn(List.of(1L, 2L, 3L));
        DelegateExecution execution = FakeExecution.with(Map.of("activityId", 42L,
                "findings", "1. Backups untested\n\n- Shared admin account\n・門禁卡未歸還", "remediationDueInDays", 14));

        new RecordFindingsDelegate(oversight).execute(execution);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<String>> findings = ArgumentCaptor.forClass(List.class);
        verify(oversight).recordFindings(eq(42L), findings.capture(), eq(14));
        assertThat(findings.getValue()).containsExactly("Backups untested", "Shared admin account", "門禁卡未歸還");
        assertThat(execution.getVariable("findingCount")).isEqualTo(3);
        assertThat(RecordFindingsDelegate.findings(null)).isEmpty();
    }

    @Test
    void resolveRemediation_needsTheResolution() throws Exception {
        new ResolveRemediationDelegate(oversight, currentUser)
                .execute(FakeExecution.with(Map.of("remediationItemId", 5L, "resolution", "Fixed")));
        verify(oversight).resolveRemediation(5L, "Fixed", "ivan");

        assertThatThrownBy(() -> new ResolveRemediationDelegate(oversight, currentUser)
                .execute(FakeExecution.with(Map.of("remediationItemId", 5L))))
                .isInstanceOf(MissingVariableException.class).hasMessageContaining("resolution");
    }

    @Test
    void markRemediationOverdue_marksTheItem() throws Exception {
        new MarkRemediationOverdueDelegate(oversight).execute(FakeExecution.with(Map.of("remediationItemId", 5L)));
        verify(oversight).markRemediationEscalated(5L);
    }

    @Test
    void completeOversightActivity_outcomeFromFindingsOrSlaLevels() throws Exception {
        CompleteOversightActivityDelegate delegate = new CompleteOversightActivityDelegate(oversight, currentUser);
        delegate.execute(FakeExecution.with(Map.of("activityId", 1L, "findingCount", 0, "summary", "ok")));
        verify(oversight).complete(1L, OversightCycle.OUTCOME_SATISFACTORY, "ok", null, "ivan");
        delegate.execute(FakeExecution.with(Map.of("activityId", 2L, "findingCount", 2)));
        verify(oversight).complete(2L, OversightCycle.OUTCOME_FINDINGS, null, null, "ivan");
        delegate.execute(FakeExecution.with(Map.of("activityId", 3L, "slaMet", false, "reportDocumentId", 9L)));
        verify(oversight).complete(3L, OversightCycle.OUTCOME_SLA_MISSED, null, 9L, "ivan");
    }

    @Test
    void storeSlaReport_withoutAFile_isRefused() {
        StoreSlaReportDelegate delegate = new StoreSlaReportDelegate(mock(DocumentStore.class), currentUser);
        DelegateExecution execution = FakeExecution.with(Map.of("contractId", 7L));

        assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("SLA report");
    }

    @Test
    void validateOnsiteChecklist_namesWhatWasNotReviewed() {
        Map<String, Object> variables = new HashMap<>();
        ValidateOnsiteChecklistListener.CHECKLIST.forEach(item -> variables.put(item.name(), true));
        new ValidateOnsiteChecklistListener().notify(task(variables));

        variables.put("dataCentreEntryReviewed", false);
        assertThatThrownBy(() -> new ValidateOnsiteChecklistListener().notify(task(variables)))
                .isInstanceOf(InvalidVariableException.class).hasMessageContaining("dataCentreEntryReviewed");
    }

    static DelegateTask task(Map<String, Object> variables) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable(any())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
        return task;
    }
}
