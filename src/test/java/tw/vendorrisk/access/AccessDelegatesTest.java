package tw.vendorrisk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.MissingVariableException;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.support.FakeExecution;

/** Each vendor access delegate on its own, with the services it calls mocked. */
class AccessDelegatesTest {

    final AccessService access = mock(AccessService.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    AccessDelegatesTest() {
        when(currentUser.id()).thenReturn("ivan");
    }

    @Test
    void registerAccessRequest_collectsTheKindsOfAccess() throws Exception {
        AccessGrant grant = mock(AccessGrant.class);
        Vendor vendor = mock(Vendor.class);
        when(vendor.getName()).thenReturn("Vendor Co.");
        when(grant.getId()).thenReturn(11L);
        when(grant.getVendor()).thenReturn(vendor);
        when(grant.getPersonName()).thenReturn("Chen");
        when(grant.getAssets()).thenReturn("ERP");
        when(access.request(eq(7L), any(AccessRequest.class), eq("peter"), eq("pi-1"))).thenReturn(grant);
        DelegateExecution execution = FakeExecution.with(Map.of("contractId", 7L, "personName", "Chen",
                "assets", "ERP", "requestedUntil", "2030-01-31", "requestedBy", "peter", "accessQuery", true,
                "accessModify", true, "accessUse", false));

        new RegisterAccessRequestDelegate(access).execute(execution);

        ArgumentCaptor<AccessRequest> request = ArgumentCaptor.forClass(AccessRequest.class);
        verify(access).request(eq(7L), request.capture(), eq("peter"), eq("pi-1"));
        assertThat(request.getValue().accessKinds()).isEqualTo(Set.of(AccessKind.QUERY, AccessKind.MODIFY));
        assertThat(request.getValue().requestedUntil()).isEqualTo(LocalDate.of(2030, 1, 31));
        assertThat(execution.getVariable("accessGrantId")).isEqualTo(11L);
        assertThat((String) execution.getVariable("accessSummary")).contains("MODIFY, QUERY");
    }

    @Test
    void recordRulesBriefingAndAssessment_keepThemWithTheGrant() throws Exception {
        new RecordRulesBriefingDelegate(access, currentUser)
                .execute(FakeExecution.with(Map.of("accessGrantId", 11L, "rulesAcknowledgedOn", "2026-11-20")));
        verify(access).recordRulesBriefing(11L, LocalDate.of(2026, 11, 20), "ivan");
        new RecordAccessAssessmentDelegate(access, currentUser).execute(FakeExecution.with(
                Map.of("accessGrantId", 11L, "riskLevel", "HIGH", "riskAssessment", "Production data")));
        verify(access).recordAssessment(11L, "HIGH", "Production data", "ivan");
    }

    @Test
    void grantAccess_waitsUntilTheDayAfterTheGrantEnds() throws Exception {
        AccessGrant grant = mock(AccessGrant.class);
        when(grant.getGrantedUntil()).thenReturn(LocalDate.of(2027, 3, 31));
        when(access.approve(11L, "ok", "ivan")).thenReturn(grant);
        DelegateExecution execution = FakeExecution.with(Map.of("accessGrantId", 11L, "decisionReason", "ok"));

        new GrantAccessDelegate(access, currentUser).execute(execution);

        assertThat(execution.getVariable("grantedUntil")).isEqualTo("2027-03-31");
        assertThat(((Date) execution.getVariable("accessExpiresAt")).toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
                .isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void refuseAccess_needsAReason() {
        assertThatThrownBy(() -> new RefuseAccessDelegate(access, currentUser)
                .execute(FakeExecution.with(Map.of("accessGrantId", 11L))))
                .isInstanceOf(MissingVariableException.class).hasMessageContaining("decisionReason");
    }

    @Test
    void revokeAccess_reasonFromTheMessage_theContractEnd_orExpiry() throws Exception {
        Contract contract = mock(Contract.class);
        when(contract.getTermEnd()).thenReturn(LocalDate.of(2027, 12, 31));
        AccessGrant grant = mock(AccessGrant.class);
        when(grant.getContract()).thenReturn(contract);
        when(access.grant(11L)).thenReturn(grant);
        RevokeAccessDelegate delegate = new RevokeAccessDelegate(access, currentUser);

        delegate.execute(FakeExecution.with(Map.of("accessGrantId", 11L, "endReason", "TERMINATED")));
        verify(access).endGrant(11L, RevocationReason.TERMINATED, "ivan");

        when(grant.getGrantedUntil()).thenReturn(LocalDate.of(2027, 12, 31));
        delegate.execute(FakeExecution.with(Map.of("accessGrantId", 11L)));
        verify(access).endGrant(11L, RevocationReason.CONTRACT_ENDED, "ivan");

        when(grant.getGrantedUntil()).thenReturn(LocalDate.of(2027, 6, 30));
        delegate.execute(FakeExecution.with(Map.of("accessGrantId", 11L)));
        verify(access).endGrant(11L, RevocationReason.EXPIRED, "ivan");
    }

    @Test
    void validateAccessAssessment_leastPrivilegeMinimalDisclosureAndTradeSecrets() {
        Map<String, Object> ok = new HashMap<>(Map.of("leastPrivilegeConfirmed", true,
                "accessControlsPerKindConfirmed", true, "useWithinScopeConfirmed", true, "riskLevel", "MEDIUM"));
        new ValidateAccessAssessmentListener().notify(task(ok));

        Map<String, Object> secrets = new HashMap<>(ok);
        secrets.put("tradeSecrets", true);
        assertThatThrownBy(() -> new ValidateAccessAssessmentListener().notify(task(secrets)))
                .hasMessageContaining("9.3.1");
        Map<String, Object> badLevel = new HashMap<>(ok);
        badLevel.put("riskLevel", "EXTREME");
        assertThatThrownBy(() -> new ValidateAccessAssessmentListener().notify(task(badLevel)))
                .hasMessageContaining("LOW, MEDIUM or HIGH");
    }

    static DelegateTask task(Map<String, Object> variables) {
        DelegateTask task = mock(DelegateTask.class);
        when(task.getVariable(any())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
        return task;
    }
}
