package tw.vendorrisk.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import tw.vendorrisk.change.ChangeReassessmentProcess.Variables;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.support.FakeExecution;

/** Each delegate of change-reassessment maps variables in, calls the change service, maps results out. */
class ChangeDelegatesTest {

    final ChangeService changes = mock(ChangeService.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    @Test
    void registerServiceChange_keepsTheChange_andSetsWhatTheChecksNeed() {
        when(changes.register(eq(5L), any(), eq("alice"), eq("pi-1")))
                .thenReturn(new ChangeService.RegisteredChange(8L, 5L, 3L, "Cloudway", "hosting", 1));
        Map<String, Object> variables = ChangeReassessmentProcessTest.notice(5L, "cloud_region", "moves region");
        variables.put(Variables.EFFECTIVE_ON.name(), "2030-01-01");
        variables.put(Variables.REPORTED_BY.name(), "alice");
        DelegateExecution execution = FakeExecution.with(variables);

        new RegisterServiceChangeDelegate(changes, currentUser).execute(execution);

        ArgumentCaptor<NewChange> change = ArgumentCaptor.forClass(NewChange.class);
        verify(changes).register(eq(5L), change.capture(), eq("alice"), eq("pi-1"));
        assertThat(change.getValue()).isEqualTo(new NewChange(ChangeType.CLOUD_REGION, "moves region",
                ChangeSource.VENDOR_NOTICE, LocalDate.of(2030, 1, 1)));
        assertThat(Variables.CHANGE_ID.get(execution)).isEqualTo(8L);
        assertThat(Variables.SERVICE_ID.get(execution)).isEqualTo(3L);
        assertThat(Variables.ORGANIZATION_CATEGORY.get(execution)).isEqualTo(1);
        verify(execution).setProcessBusinessKey("5");
    }

    @Test
    void decideChangeSignificance_passesTheAnalysis_andSetsTheTablesAnswer() {
        when(currentUser.id()).thenReturn("pia");
        when(changes.recordImpact(eq(8L), any(), eq("pia"))).thenReturn(new ChangeSignificance.Result(true, "High"));
        Map<String, Object> variables = ChangeReassessmentProcessTest.impact("high", "LOW", "MEDIUM");
        variables.put(Variables.CHANGE_ID.name(), 8L);
        DelegateExecution execution = FakeExecution.with(variables);

        new DecideChangeSignificanceDelegate(changes, currentUser).execute(execution);

        ArgumentCaptor<ImpactAnalysis> analysis = ArgumentCaptor.forClass(ImpactAnalysis.class);
        verify(changes).recordImpact(eq(8L), analysis.capture(), eq("pia"));
        assertThat(analysis.getValue().confidentiality()).isEqualTo(Impact.HIGH);
        assertThat(analysis.getValue().availability()).isEqualTo(Impact.MEDIUM);
        assertThat(Variables.SIGNIFICANT.get(execution)).isTrue();
        assertThat(Variables.SIGNIFICANCE_REASON.get(execution)).isEqualTo("High");
    }

    @Test
    void recordChangeRiskAssessment_confirmsIncidentMechanismsOnlyForATooHighConcentration() {
        Map<String, Object> concentrated = new HashMap<>(ChangeReassessmentProcessTest.risk("HIGH", "AMEND"));
        concentrated.put(Variables.CHANGE_ID.name(), 8L);
        concentrated.put(Variables.CONCENTRATION_TOO_HIGH.name(), true);
        concentrated.put(Variables.INCIDENT_IDENTIFICATION.name(), true);
        concentrated.put(Variables.INCIDENT_RESPONSE.name(), true);
        Map<String, Object> ordinary = new HashMap<>(ChangeReassessmentProcessTest.risk("LOW", "ACCEPT"));
        ordinary.put(Variables.CHANGE_ID.name(), 9L);
        ordinary.put(Variables.CONCENTRATION_TOO_HIGH.name(), false);

        new RecordChangeRiskAssessmentDelegate(changes, currentUser).execute(FakeExecution.with(concentrated));
        new RecordChangeRiskAssessmentDelegate(changes, currentUser).execute(FakeExecution.with(ordinary));

        verify(changes).recordRiskAssessment(eq(8L), eq(Impact.HIGH), any(), eq(ChangeOutcome.AMEND), eq(false),
                isNull());
        verify(changes).recordRiskAssessment(eq(9L), eq(Impact.LOW), any(), eq(ChangeOutcome.ACCEPT), isNull(),
                isNull());
    }

    @Test
    void recordChangeOutcome_normalisesTheDecision_andRefusesAnUnknownOne() {
        Map<String, Object> variables = ChangeReassessmentProcessTest.decision("terminate", "no data abroad");
        variables.put(Variables.CHANGE_ID.name(), 8L);
        DelegateExecution execution = FakeExecution.with(variables);

        new RecordChangeOutcomeDelegate(changes, currentUser).execute(execution);

        verify(changes).recordOutcome(8L, ChangeOutcome.TERMINATE, "no data abroad", null);
        assertThat(Variables.CHANGE_OUTCOME.get(execution)).isEqualTo("TERMINATE");
        Map<String, Object> unknown = ChangeReassessmentProcessTest.decision("POSTPONE", "later");
        unknown.put(Variables.CHANGE_ID.name(), 8L);
        assertThatThrownBy(() -> new RecordChangeOutcomeDelegate(changes, currentUser)
                .execute(FakeExecution.with(unknown))).isInstanceOf(InvalidVariableException.class);
    }

    @Test
    void recordChangeChecks_andCloseInsignificantChange_passTheirInputOn() {
        new RecordChangeChecksDelegate(changes).execute(FakeExecution.with(Map.of(Variables.CHANGE_ID.name(), 8L,
                Variables.CERTIFICATES_SUFFICIENT.name(), false, Variables.CERTIFICATE_SHORTFALL.name(), "4.2.3",
                Variables.CONCENTRATION_TOO_HIGH.name(), true, Variables.CONCENTRATION_FINDINGS.name(), "market")));
        DelegateExecution closed = FakeExecution.with(Map.of(Variables.CHANGE_ID.name(), 9L));
        new CloseInsignificantChangeDelegate(changes).execute(closed);

        verify(changes).recordChecks(8L, false, "4.2.3", true, "market");
        verify(changes).closeInsignificant(9L);
        assertThat(Variables.CHANGE_OUTCOME.get(closed)).isEqualTo("NOT_SIGNIFICANT");
    }
}
