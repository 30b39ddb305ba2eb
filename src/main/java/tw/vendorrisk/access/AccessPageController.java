package tw.vendorrisk.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.vendorrisk.access.VendorAccessProcess.Variables;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.FormRefusals;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.register.RegisterOverview.ContractRef;

/**
 * Asks for a vendor staff member's access under a contract from the vendor page
 * ({@code /contracts/{id}/access-requests/new}): {@code vendor-access} with the variables of its Tasklist
 * start form, so its first step decides (a contract that does not run, no kind of access, an end date not
 * after today); then the project lead goes to the briefing task.
 */
@PageController
class AccessPageController {

    private final RuntimeService runtimeService;
    private final RegisterOverview register;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    AccessPageController(RuntimeService runtimeService, RegisterOverview register, CurrentUser currentUser,
            Tasklist tasklist) {
        this.runtimeService = runtimeService;
        this.register = register;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    /** The start form of vendor-access, without the contract. */
    public static class AccessForm {
        private String personName;
        private String personRole;
        private String assets;
        private Set<AccessKind> accessKinds = EnumSet.noneOf(AccessKind.class);
        private boolean tradeSecrets;
        private String purpose;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate requestedUntil;

        Map<String, Object> variables(Long contractId) {
            Map<String, Object> variables = new HashMap<>();
            Variables.CONTRACT_ID.put(variables, contractId);
            if (personName != null) {
                Variables.PERSON_NAME.put(variables, personName);
            }
            if (personRole != null) {
                Variables.PERSON_ROLE.put(variables, personRole);
            }
            if (assets != null) {
                Variables.ASSETS.put(variables, assets);
            }
            Variables.ACCESS_KINDS.forEach((kind, variable) -> variable.put(variables, accessKinds.contains(kind)));
            Variables.TRADE_SECRETS.put(variables, tradeSecrets);
            if (purpose != null) {
                Variables.PURPOSE.put(variables, purpose);
            }
            if (requestedUntil != null) {
                Variables.REQUESTED_UNTIL.put(variables, requestedUntil.toString());
            }
            return variables;
        }

        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public String getPersonRole() { return personRole; }
        public void setPersonRole(String personRole) { this.personRole = personRole; }
        public String getAssets() { return assets; }
        public void setAssets(String assets) { this.assets = assets; }
        public Set<AccessKind> getAccessKinds() { return accessKinds; }
        public void setAccessKinds(Set<AccessKind> accessKinds) {
            this.accessKinds = accessKinds == null ? EnumSet.noneOf(AccessKind.class) : accessKinds;
        }
        public boolean isTradeSecrets() { return tradeSecrets; }
        public void setTradeSecrets(boolean tradeSecrets) { this.tradeSecrets = tradeSecrets; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String purpose) { this.purpose = purpose; }
        public LocalDate getRequestedUntil() { return requestedUntil; }
        public void setRequestedUntil(LocalDate requestedUntil) { this.requestedUntil = requestedUntil; }
    }

    @GetMapping("/contracts/{id}/access-requests/new")
    String form(@PathVariable Long id, Model model) {
        require();
        model.addAttribute("contract", register.contract(id));
        model.addAttribute("accessForm", new AccessForm());
        model.addAttribute("accessKinds", AccessKind.values());
        return "access/request";
    }

    @PostMapping("/contracts/{id}/access-requests")
    String start(@PathVariable Long id, @ModelAttribute("accessForm") AccessForm form, BindingResult errors,
            Model model) {
        require();
        ContractRef contract = register.contract(id);
        Optional<ProcessInstance> started = FormRefusals.attempt(errors,
                () -> runtimeService.startProcessInstanceByKey(VendorAccessProcess.KEY, form.variables(id)));
        if (started.isPresent()) {
            return tasklist.redirectAfterStart(started.get().getId(), "/vendors/" + contract.vendorId());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("accessKinds", AccessKind.values());
        model.addAttribute("pagePath", "/contracts/" + id + "/access-requests/new");
        return "access/request";
    }

    private void require() {
        currentUser.requireAnyGroup(AccessVendorSection.REQUEST_ACCESS.toArray(String[]::new));
    }
}
