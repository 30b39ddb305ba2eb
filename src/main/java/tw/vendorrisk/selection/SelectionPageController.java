package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.common.ProcessVariable;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.FormRefusals;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.Vendor;
import tw.vendorrisk.selection.VendorSelectionProcess.Variables;

/**
 * Starts a vendor selection of a vendor from its page ({@code /vendors/{id}/selections/new}): the vendor is
 * chosen, the user describes the need. The start goes to the engine with the variables the Tasklist's start
 * form sends, so the process's own checks decide (a refusal comes back next to its field), and then the
 * user goes to the first task in the Tasklist, or back to the vendor page, which says who has it.
 */
@PageController
class SelectionPageController {

    private final RuntimeService runtimeService;
    private final RegisterService register;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    SelectionPageController(RuntimeService runtimeService, RegisterService register, CurrentUser currentUser,
            Tasklist tasklist) {
        this.runtimeService = runtimeService;
        this.register = register;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    /** The start form of vendor-selection, without the vendor's tax ID. */
    public static class SelectionForm {
        private String serviceDescription;
        private Criticality criticality = Criticality.NORMAL;
        private BigDecimal annualSpend;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodStart;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodEnd;
        private boolean cloud;
        private boolean systemDevelopment;
        private boolean systemMaintenance;
        private boolean systemMonitoring;
        private boolean largeProcurement;
        private boolean sensitiveInformation;

        Map<String, Object> variables(String vendorTaxId) {
            Map<String, Object> variables = new HashMap<>();
            Variables.VENDOR_TAX_ID.put(variables, vendorTaxId);
            putIfGiven(variables, Variables.SERVICE_DESCRIPTION, serviceDescription);
            putIfGiven(variables, Variables.CRITICALITY, criticality == null ? null : criticality.name());
            if (annualSpend != null) {
                Variables.ANNUAL_SPEND.put(variables, annualSpend.stripTrailingZeros().scale() <= 0
                        ? (Number) annualSpend.longValueExact() : annualSpend.doubleValue());
            }
            putIfGiven(variables, Variables.PERIOD_START, periodStart == null ? null : periodStart.toString());
            putIfGiven(variables, Variables.PERIOD_END, periodEnd == null ? null : periodEnd.toString());
            Variables.CLOUD.put(variables, cloud);
            Variables.SYSTEM_DEVELOPMENT.put(variables, systemDevelopment);
            Variables.SYSTEM_MAINTENANCE.put(variables, systemMaintenance);
            Variables.SYSTEM_MONITORING.put(variables, systemMonitoring);
            Variables.LARGE_PROCUREMENT.put(variables, largeProcurement);
            Variables.SENSITIVE_INFORMATION.put(variables, sensitiveInformation);
            return variables;
        }

        private static <T> void putIfGiven(Map<String, Object> variables, ProcessVariable<T> variable, T value) {
            if (value != null) {
                variable.put(variables, value);
            }
        }

        public String getServiceDescription() { return serviceDescription; }
        public void setServiceDescription(String serviceDescription) { this.serviceDescription = serviceDescription; }
        public Criticality getCriticality() { return criticality; }
        public void setCriticality(Criticality criticality) { this.criticality = criticality; }
        public BigDecimal getAnnualSpend() { return annualSpend; }
        public void setAnnualSpend(BigDecimal annualSpend) { this.annualSpend = annualSpend; }
        public LocalDate getPeriodStart() { return periodStart; }
        public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
        public LocalDate getPeriodEnd() { return periodEnd; }
        public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
        public boolean isCloud() { return cloud; }
        public void setCloud(boolean cloud) { this.cloud = cloud; }
        public boolean isSystemDevelopment() { return systemDevelopment; }
        public void setSystemDevelopment(boolean value) { this.systemDevelopment = value; }
        public boolean isSystemMaintenance() { return systemMaintenance; }
        public void setSystemMaintenance(boolean value) { this.systemMaintenance = value; }
        public boolean isSystemMonitoring() { return systemMonitoring; }
        public void setSystemMonitoring(boolean value) { this.systemMonitoring = value; }
        public boolean isLargeProcurement() { return largeProcurement; }
        public void setLargeProcurement(boolean value) { this.largeProcurement = value; }
        public boolean isSensitiveInformation() { return sensitiveInformation; }
        public void setSensitiveInformation(boolean value) { this.sensitiveInformation = value; }
    }

    @GetMapping("/vendors/{id}/selections/new")
    String form(@PathVariable Long id, Model model) {
        require();
        model.addAttribute("vendor", register.vendor(id));
        model.addAttribute("selectionForm", new SelectionForm());
        model.addAttribute("criticalities", Criticality.values());
        return "selection/start";
    }

    @PostMapping("/vendors/{id}/selections")
    String start(@PathVariable Long id, @ModelAttribute("selectionForm") SelectionForm form, BindingResult errors,
            Model model) {
        require();
        Vendor vendor = register.vendor(id);
        Optional<ProcessInstance> started = FormRefusals.attempt(errors, () -> runtimeService
                .startProcessInstanceByKey(VendorSelectionProcess.KEY, form.variables(vendor.getTaxId())));
        if (started.isPresent()) {
            return tasklist.redirectAfterStart(started.get().getId(), "/vendors/" + id);
        }
        model.addAttribute("vendor", vendor);
        model.addAttribute("criticalities", Criticality.values());
        model.addAttribute("pagePath", "/vendors/" + id + "/selections/new");
        return "selection/start";
    }

    private void require() {
        currentUser.requireAnyGroup(SelectionVendorSection.START_SELECTION.toArray(String[]::new));
    }
}
