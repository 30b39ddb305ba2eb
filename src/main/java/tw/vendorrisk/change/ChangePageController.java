package tw.vendorrisk.change;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.FormValidator;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.FormRefusals;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.register.RegisterOverview.ContractRef;

/**
 * Reports a change of a contract's service from the vendor page ({@code /contracts/{id}/changes/new}),
 * as {@code POST /api/contracts/{id}/changes} does: the same request, its rules, and
 * {@link ChangeReporting}; then the user goes to the first task, or back to the vendor page, which says
 * who analyses the impact.
 */
@PageController
class ChangePageController {

    private final ChangeReporting reporting;
    private final RegisterOverview register;
    private final FormValidator validator;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    ChangePageController(ChangeReporting reporting, RegisterOverview register, FormValidator validator,
            CurrentUser currentUser, Tasklist tasklist) {
        this.reporting = reporting;
        this.register = register;
        this.validator = validator;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    /** A change as the form has it: {@link NewChange}. */
    public static class ChangeForm {
        private ChangeType changeType;
        private String description;
        private ChangeSource source = ChangeSource.VENDOR_NOTICE;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveOn;

        NewChange toRequest() {
            return new NewChange(changeType, description, source, effectiveOn);
        }

        public ChangeType getChangeType() { return changeType; }
        public void setChangeType(ChangeType changeType) { this.changeType = changeType; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public ChangeSource getSource() { return source; }
        public void setSource(ChangeSource source) { this.source = source; }
        public LocalDate getEffectiveOn() { return effectiveOn; }
        public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    }

    @GetMapping("/contracts/{id}/changes/new")
    String form(@PathVariable Long id, Model model) {
        require();
        model.addAttribute("contract", register.contract(id));
        model.addAttribute("changeForm", new ChangeForm());
        addChoices(model);
        return "change/report";
    }

    @PostMapping("/contracts/{id}/changes")
    String report(@PathVariable Long id, @ModelAttribute("changeForm") ChangeForm form, BindingResult errors,
            Model model) {
        require();
        ContractRef contract = register.contract(id);
        NewChange request = form.toRequest();
        validator.validate(request, errors);
        Optional<ProcessInstance> started = FormRefusals.attempt(errors, () -> reporting.report(id, request));
        if (started.isPresent()) {
            return tasklist.redirectAfterStart(started.get().getId(), "/vendors/" + contract.vendorId());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("pagePath", "/contracts/" + id + "/changes/new");
        addChoices(model);
        return "change/report";
    }

    private static void addChoices(Model model) {
        model.addAttribute("changeTypes", ChangeType.values());
        model.addAttribute("changeSources", ChangeSource.values());
    }

    private void require() {
        currentUser.requireAnyGroup(ChangeVendorSection.REPORT_CHANGE.toArray(String[]::new));
    }
}
