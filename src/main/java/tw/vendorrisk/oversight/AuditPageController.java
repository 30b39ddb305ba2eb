package tw.vendorrisk.oversight;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.oversight.OversightCycle.Variables;
import tw.vendorrisk.register.FormRefusals;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.register.RegisterOverview.ContractRef;

/**
 * Starts an ad hoc audit (12.1) of a contract from the vendor page ({@code /contracts/{id}/audits/new}):
 * {@code vendor-audit} with the variables of its Tasklist start form, so its first step decides (a contract
 * that does not run, a due date out of range); then the user goes to the first task.
 */
@PageController
class AuditPageController {

    private final RuntimeService runtimeService;
    private final RegisterOverview register;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    AuditPageController(RuntimeService runtimeService, RegisterOverview register, CurrentUser currentUser,
            Tasklist tasklist) {
        this.runtimeService = runtimeService;
        this.register = register;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    /** The start form of vendor-audit, without the contract. */
    public static class AuditForm {
        private String auditReason;
        private Integer auditDueInDays = RegisterAdHocAuditDelegate.DEFAULT_DUE_IN_DAYS;

        Map<String, Object> variables(Long contractId) {
            Map<String, Object> variables = new HashMap<>();
            Variables.CONTRACT_ID.put(variables, contractId);
            if (auditReason != null) {
                Variables.AUDIT_REASON.put(variables, auditReason);
            }
            if (auditDueInDays != null) {
                Variables.AUDIT_DUE_IN_DAYS.put(variables, auditDueInDays);
            }
            return variables;
        }

        public String getAuditReason() { return auditReason; }
        public void setAuditReason(String auditReason) { this.auditReason = auditReason; }
        public Integer getAuditDueInDays() { return auditDueInDays; }
        public void setAuditDueInDays(Integer auditDueInDays) { this.auditDueInDays = auditDueInDays; }
    }

    @GetMapping("/contracts/{id}/audits/new")
    String form(@PathVariable Long id, Model model) {
        require();
        model.addAttribute("contract", register.contract(id));
        model.addAttribute("auditForm", new AuditForm());
        return "oversight/start-audit";
    }

    @PostMapping("/contracts/{id}/audits")
    String start(@PathVariable Long id, @ModelAttribute("auditForm") AuditForm form, BindingResult errors,
            Model model) {
        require();
        ContractRef contract = register.contract(id);
        Optional<ProcessInstance> started = FormRefusals.attempt(errors,
                () -> runtimeService.startProcessInstanceByKey(OversightCycle.VENDOR_AUDIT, form.variables(id)));
        if (started.isPresent()) {
            return tasklist.redirectAfterStart(started.get().getId(), "/vendors/" + contract.vendorId());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("pagePath", "/contracts/" + id + "/audits/new");
        return "oversight/start-audit";
    }

    private void require() {
        currentUser.requireAnyGroup(OversightVendorSection.START_AUDIT.toArray(String[]::new));
    }
}
