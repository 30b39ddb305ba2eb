package tw.vendorrisk.termination;

import java.util.Optional;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.register.RegisterOverview.ContractRef;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.VendorPage;
import tw.vendorrisk.termination.TerminationVendorSection.AssetForm;

/**
 * The end of an arrangement from the vendor page: terminating a contract ({@code /contracts/{id}/termination/new},
 * as {@code POST /api/contracts/{id}/termination} does, through {@link TerminationStart}), and adding an
 * information asset of one of the vendor's services (the vendor page's form, as
 * {@code POST /api/services/{id}/information-assets} does).
 */
@PageController
class TerminationPageController {

    private final TerminationStart starter;
    private final InformationAssets assets;
    private final RegisterOverview overview;
    private final RegisterService register;
    private final VendorPage vendorPage;
    private final FormValidator validator;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    TerminationPageController(TerminationStart starter, InformationAssets assets, RegisterOverview overview,
            RegisterService register, VendorPage vendorPage, FormValidator validator, CurrentUser currentUser,
            Tasklist tasklist) {
        this.starter = starter;
        this.assets = assets;
        this.overview = overview;
        this.register = register;
        this.vendorPage = vendorPage;
        this.validator = validator;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    /** Why the contract ends: {@link TerminationStart.Request}. */
    public static class TerminationForm {
        private TerminationReason reason;
        private String notes;

        TerminationStart.Request toRequest() {
            return new TerminationStart.Request(reason, notes);
        }

        public TerminationReason getReason() { return reason; }
        public void setReason(TerminationReason reason) { this.reason = reason; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    @GetMapping("/contracts/{id}/termination/new")
    String form(@PathVariable Long id, Model model) {
        currentUser.requireAnyGroup(TerminationVendorSection.TERMINATE.toArray(String[]::new));
        model.addAttribute("contract", overview.contract(id));
        model.addAttribute("terminationForm", new TerminationForm());
        model.addAttribute("reasons", TerminationReason.values());
        return "termination/start";
    }

    @PostMapping("/contracts/{id}/termination")
    String terminate(@PathVariable Long id, @ModelAttribute("terminationForm") TerminationForm form,
            BindingResult errors, Model model) {
        currentUser.requireAnyGroup(TerminationVendorSection.TERMINATE.toArray(String[]::new));
        ContractRef contract = overview.contract(id);
        TerminationStart.Request request = form.toRequest();
        validator.validate(request, errors);
        Optional<ProcessInstance> started = FormRefusals.attempt(errors, () -> starter.start(id, request));
        if (started.isPresent()) {
            return tasklist.redirectAfterStart(started.get().getId(), "/vendors/" + contract.vendorId());
        }
        model.addAttribute("contract", contract);
        model.addAttribute("reasons", TerminationReason.values());
        model.addAttribute("pagePath", "/contracts/" + id + "/termination/new");
        return "termination/start";
    }

    @PostMapping("/vendors/{id}/information-assets")
    String addAsset(@PathVariable Long id, @ModelAttribute("assetForm") AssetForm form, BindingResult errors,
            Model model) {
        currentUser.requireAnyGroup(TerminationVendorSection.ADD_ASSET.toArray(String[]::new));
        register.vendor(id);
        if (form.getServiceId() == null && !errors.hasFieldErrors("serviceId")) {
            errors.rejectValue("serviceId", "asset.serviceId.required", "Choose the service the asset belongs to.");
        }
        NewInformationAsset request = form.toRequest();
        validator.validate(request, errors);
        if (FormRefusals.attempt(errors, () -> assets.registerForService(serviceOfVendor(form.getServiceId(), id),
                request, currentUser.id())).isPresent()) {
            return "redirect:/vendors/" + id + "?done=asset#termination";
        }
        vendorPage.fill(model, id);
        model.addAttribute("openForm", "assets");
        model.addAttribute("pagePath", "/vendors/" + id);
        return VendorPage.VIEW;
    }

    /** The service, if it is one of the vendor's; another's is not found from this vendor's page. */
    private Long serviceOfVendor(Long serviceId, Long vendorId) {
        if (!register.serviceWithVendor(serviceId).getVendor().getId().equals(vendorId)) {
            throw RegisterException.notFound("Service", serviceId);
        }
        return serviceId;
    }
}
