package tw.vendorrisk.register;

import java.util.List;
import java.util.Set;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.FormValidator;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.common.Tasklist;
import tw.vendorrisk.register.VendorDirectory.Sort;
import tw.vendorrisk.register.VendorDirectory.VendorStatus;
import tw.vendorrisk.register.VendorForms.ArrangementForm;
import tw.vendorrisk.register.VendorForms.CertificateForm;
import tw.vendorrisk.register.VendorForms.NdaForm;
import tw.vendorrisk.register.VendorForms.ServiceForm;
import tw.vendorrisk.register.VendorForms.VendorForm;

/**
 * The register's pages: the vendor list ({@code /vendors}), registering a vendor ({@code /vendors/new}),
 * one vendor on one screen ({@code /vendors/{id}}) with its forms for certificates, NDAs and services,
 * and a service's arrangement details ({@code /services/{id}/arrangement}). A form goes through the same
 * rules and services as {@code /api}; a refused form comes back with the error next to its field; an
 * accepted one redirects (post, redirect, get), so sending it twice writes once. A form the user may not
 * use is not offered, and its address answers 403.
 */
@PageController
class VendorPagesController {

    /** The groups of {@code POST /api/vendors}. */
    static final List<String> REGISTER_VENDOR = List.of(Groups.PROCUREMENT, Groups.ADMIN);
    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100);
    /** What {@code ?done=} may announce on the vendor page. */
    private static final Set<String> DONE = Set.of("registered", "certificate", "nda", "service", "arrangement",
            "asset");

    private final RegisterService register;
    private final VendorDirectory directory;
    private final VendorPage vendorPage;
    private final FormValidator validator;
    private final CurrentUser currentUser;
    private final Tasklist tasklist;

    VendorPagesController(RegisterService register, VendorDirectory directory, VendorPage vendorPage,
            FormValidator validator, CurrentUser currentUser, Tasklist tasklist) {
        this.register = register;
        this.directory = directory;
        this.vendorPage = vendorPage;
        this.validator = validator;
        this.currentUser = currentUser;
        this.tasklist = tasklist;
    }

    @GetMapping("/vendors")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) VendorStatus status,
            @RequestParam(required = false) Criticality criticality, @RequestParam(required = false) Boolean cloud,
            @RequestParam(required = false) Boolean certificateDue, @RequestParam(required = false) Boolean concentrated,
            @RequestParam(required = false) Sort sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
        int pageSize = size != null && PAGE_SIZES.contains(size) ? size : PAGE_SIZES.get(0);
        VendorDirectory.Filter filter = new VendorDirectory.Filter(q, status, criticality, cloud,
                Boolean.TRUE.equals(certificateDue), Boolean.TRUE.equals(concentrated), sort == null ? Sort.NAME : sort,
                page == null ? 0 : Math.max(0, page), pageSize);
        VendorDirectory.Page result = directory.find(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("statuses", VendorStatus.values());
        model.addAttribute("criticalities", Criticality.values());
        model.addAttribute("sorts", Sort.values());
        if (result.page() > 0) {
            model.addAttribute("previousUrl", pageUrl(request, result.page() - 1));
        }
        if (result.page() + 1 < result.pages()) {
            model.addAttribute("nextUrl", pageUrl(request, result.page() + 1));
        }
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("certificateLeadDays", directory.certificateLeadDays());
        model.addAttribute("mayRegister", mayUse(REGISTER_VENDOR));
        return "register/vendors";
    }

    /** This list with its filters, on another page. */
    private static String pageUrl(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }

    @GetMapping("/vendors/new")
    String newVendor(Model model) {
        require(REGISTER_VENDOR);
        model.addAttribute("vendorForm", new VendorForm());
        return "register/vendor-form";
    }

    @PostMapping("/vendors")
    String registerVendor(@ModelAttribute("vendorForm") VendorForm form, BindingResult errors) {
        require(REGISTER_VENDOR);
        NewVendor request = form.toRequest();
        validator.validate(request, errors);
        return FormRefusals.attempt(errors, () -> register.registerVendor(request))
                .map(vendor -> "redirect:/vendors/" + vendor.getId() + "?done=registered")
                .orElse("register/vendor-form");
    }

    @GetMapping("/vendors/{id}")
    String vendor(@PathVariable Long id, @RequestParam(required = false) String done,
            @RequestParam(required = false) String started, Model model) {
        vendorPage.fill(model, id);
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", done);
        }
        if (started != null) {
            tasklist.tasksOfStartedInstance(started).ifPresent(tasks -> model.addAttribute("started", tasks));
        }
        return VendorPage.VIEW;
    }

    @PostMapping("/vendors/{id}/certificates")
    String addCertificate(@PathVariable Long id, @ModelAttribute("certificateForm") CertificateForm form,
            BindingResult errors, Model model) {
        require(VendorPage.ADD_CERTIFICATE);
        NewCertificate request = form.toRequest();
        validator.validate(request, errors);
        return FormRefusals.attempt(errors, () -> register.addCertificate(id, request))
                .map(added -> "redirect:/vendors/" + id + "?done=certificate#certificates")
                .orElseGet(() -> again(model, id, "certificates"));
    }

    @PostMapping("/vendors/{id}/ndas")
    String recordNda(@PathVariable Long id, @ModelAttribute("ndaForm") NdaForm form, BindingResult errors,
            Model model) {
        require(VendorPage.RECORD_NDA);
        NewNda request = form.toRequest();
        validator.validate(request, errors);
        return FormRefusals.attempt(errors, () -> register.recordNda(id, null, request, currentUser.id()))
                .map(recorded -> "redirect:/vendors/" + id + "?done=nda#ndas")
                .orElseGet(() -> again(model, id, "ndas"));
    }

    @PostMapping("/vendors/{id}/services")
    String addService(@PathVariable Long id, @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors,
            Model model) {
        require(VendorPage.ADD_SERVICE);
        ServiceProfile request = form.toRequest();
        validator.validate(request, errors);
        return FormRefusals.attempt(errors, () -> register.addService(id, request, ServiceStatus.ACTIVE))
                .map(added -> "redirect:/vendors/" + id + "?done=service#services")
                .orElseGet(() -> again(model, id, "services"));
    }

    @GetMapping("/services/{id}/arrangement")
    String arrangement(@PathVariable Long id, Model model) {
        require(VendorPage.RECORD_ARRANGEMENT);
        OutsourcedService service = serviceWithVendor(id, model);
        model.addAttribute("arrangementForm", ArrangementForm.of(service.getArrangement()));
        return "register/arrangement-form";
    }

    @PostMapping("/services/{id}/arrangement")
    String recordArrangement(@PathVariable Long id, @ModelAttribute("arrangementForm") ArrangementForm form,
            BindingResult errors, Model model) {
        require(VendorPage.RECORD_ARRANGEMENT);
        OutsourcedService service = serviceWithVendor(id, model);
        ArrangementTerms request = form.toRequest();
        validator.validate(request, errors);
        if (FormRefusals.attempt(errors, () -> register.recordArrangement(id, request, currentUser.id())).isPresent()) {
            return "redirect:/vendors/" + service.getVendor().getId() + "?done=arrangement#services";
        }
        model.addAttribute("pagePath", "/services/" + id + "/arrangement");
        return "register/arrangement-form";
    }

    /** The service, and what the arrangement page shows of it and its vendor. */
    private OutsourcedService serviceWithVendor(Long serviceId, Model model) {
        OutsourcedService service = register.serviceWithVendor(serviceId);
        model.addAttribute("service", service);
        model.addAttribute("serviceVendor", service.getVendor());
        model.addAttribute("substitutabilities", Substitutability.values());
        model.addAttribute("nonSubstitutabilityReasons", NonSubstitutabilityReason.values());
        return service;
    }

    /** The vendor page again, with the refused form open and its errors. */
    private String again(Model model, Long vendorId, String openForm) {
        vendorPage.fill(model, vendorId);
        model.addAttribute("openForm", openForm);
        model.addAttribute("pagePath", "/vendors/" + vendorId);
        return VendorPage.VIEW;
    }

    private boolean mayUse(List<String> groups) {
        return currentUser.inAnyGroup(groups);
    }

    private void require(List<String> groups) {
        currentUser.requireAnyGroup(groups.toArray(String[]::new));
    }
}
