package tw.vendorrisk.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import jakarta.persistence.EntityManager;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.common.PageController;
import tw.vendorrisk.document.DocumentStore;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.ServiceStatus;

/**
 * Checking a contract on a page ({@code /contract-check}), as {@code POST /api/contract-checks} does:
 * upload a .txt, .docx or .pdf, say which clauses apply (organization category, cloud, system
 * development) or take them from a service of the register, and read the report on the page or download
 * it as a PDF. Nothing is kept and no process starts. A file the check refuses (too large, unreadable,
 * of another type) comes back as a message next to the file field in the user's language.
 */
@PageController
class ContractCheckPageController {

    static final String VIEW = "contract/check";
    /** The groups of {@code POST /api/contract-checks}. */
    static final String[] CHECKERS = {Groups.PROCUREMENT, Groups.LEGAL, Groups.INFOSEC, Groups.MANAGERS, Groups.ADMIN};

    /** What the form asks; {@code source} is {@code service} (take the facts from a service) or {@code facts}. */
    public static class CheckForm {
        private String source = "service";
        private Long serviceId;
        private Integer category;
        private boolean cloud;
        private boolean systemDevelopment;

        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public Long getServiceId() { return serviceId; }
        public void setServiceId(Long serviceId) { this.serviceId = serviceId; }
        public Integer getCategory() { return category; }
        public void setCategory(Integer category) { this.category = category; }
        public boolean isCloud() { return cloud; }
        public void setCloud(boolean cloud) { this.cloud = cloud; }
        public boolean isSystemDevelopment() { return systemDevelopment; }
        public void setSystemDevelopment(boolean systemDevelopment) { this.systemDevelopment = systemDevelopment; }
    }

    /** A service to take the facts from, as the list offers it. */
    public record ServiceOption(Long id, String vendorName, String description, boolean cloud, boolean development,
            boolean maintenance, boolean monitoring) {

        boolean systemWork() {
            return development || maintenance || monitoring;
        }
    }

    /** The report as the page shows it. */
    public record Result(String fileName, Applicability applicability, String serviceLabel, int present, int partial,
            int missing, List<Finding> gaps, List<Finding> findings) {
    }

    private final ContractService contracts;
    private final ContractCheck contractCheck;
    private final OrganizationService organization;
    private final CheckReportPdf reportPdf;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;

    ContractCheckPageController(ContractService contracts, ContractCheck contractCheck,
            OrganizationService organization, CheckReportPdf reportPdf, CurrentUser currentUser,
            EntityManager entityManager) {
        this.contracts = contracts;
        this.contractCheck = contractCheck;
        this.organization = organization;
        this.reportPdf = reportPdf;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
    }

    @GetMapping("/contract-check")
    String form(@RequestParam(required = false) String refused, Model model) {
        currentUser.requireAnyGroup(CHECKERS);
        CheckForm form = new CheckForm();
        form.setCategory(organization.profile().getCategory());
        if ("tooLarge".equals(refused)) {
            model.addAttribute("fileError", "checkForm.file.tooLarge");
        }
        return page(model, form);
    }

    @PostMapping(path = "/contract-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Object check(@ModelAttribute("checkForm") CheckForm form, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String pdf, Model model) throws IOException {
        currentUser.requireAnyGroup(CHECKERS);
        List<ServiceOption> services = services();
        ServiceOption service = null;
        Applicability applicability;
        if ("service".equals(form.getSource())) {
            service = services.stream().filter(s -> s.id().equals(form.getServiceId())).findFirst().orElse(null);
            if (service == null) {
                model.addAttribute("serviceError", "checkForm.serviceId.required");
                return page(model, form);
            }
            applicability = new Applicability(organization.profile().getCategory(), service.cloud(),
                    service.systemWork());
        } else {
            if (form.getCategory() == null || (form.getCategory() != 1 && form.getCategory() != 2)) {
                model.addAttribute("categoryError", "checkForm.category.invalid");
                return page(model, form);
            }
            applicability = new Applicability(form.getCategory(), form.isCloud(), form.isSystemDevelopment());
        }
        if (file == null || file.isEmpty()) {
            return refused(model, form, "checkForm.file.EMPTY", null);
        }
        ClauseCheckReport report;
        String fileName;
        try {
            var upload = DocumentStore.decodeMultipart(file);
            fileName = upload.fileName();
            report = contractCheck.check(contracts.readableText(upload), applicability);
        } catch (ContractTooLargeException tooLarge) {
            return refused(model, form, "checkForm.file.tooLarge", null);
        } catch (UnreadableContractException unreadable) {
            return refused(model, form, "checkForm.file." + unreadable.reason().name(), unreadable.getMessage());
        } catch (RegisterException refused) {
            return refused(model, form, "checkForm.file.refused", refused.getMessage());
        }
        if (pdf != null) {
            ClauseCheckRecord unkept = new ClauseCheckRecord(null, null, applicability, report, "", currentUser.id());
            byte[] body = reportPdf.render(new ContractService.KeptCheck(unkept, report,
                    service == null ? null : service.vendorName(), service == null ? null : service.description()));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("clause-check.pdf", StandardCharsets.UTF_8).build().toString())
                    .contentType(MediaType.APPLICATION_PDF).body(body);
        }
        List<Finding> findings = report.findings();
        model.addAttribute("result", new Result(fileName, applicability,
                service == null ? null : service.vendorName() + " — " + service.description(),
                count(findings, ClauseStatus.PRESENT), count(findings, ClauseStatus.PARTIAL),
                count(findings, ClauseStatus.MISSING), report.gaps(), findings));
        return page(model, form);
    }

    /**
     * A file over the upload limit fails before the handler runs, and its form's fields with it: the form
     * again, empty, with the refusal next to the file field.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge() {
        return "redirect:/contract-check?refused=tooLarge";
    }

    private String refused(Model model, CheckForm form, String code, String detail) {
        model.addAttribute("fileError", code);
        model.addAttribute("fileErrorDetail", detail);
        return page(model, form);
    }

    private String page(Model model, CheckForm form) {
        model.addAttribute("checkForm", form);
        model.addAttribute("services", services());
        model.addAttribute("maxMegabytes", ContractSigningProcess.MAX_FILE_BYTES / (1024 * 1024));
        model.addAttribute("pagePath", "/contract-check");
        return VIEW;
    }

    /** The services a contract is drawn up for (selected or active), with their vendors, in one query. */
    List<ServiceOption> services() {
        return entityManager.createQuery("select new " + ServiceOption.class.getName() + "(s.id, v.name,"
                + " s.description, s.cloud, s.systemDevelopment, s.systemMaintenance, s.systemMonitoring)"
                + " from OutsourcedService s join s.vendor v where s.status in :statuses order by v.name, s.id",
                ServiceOption.class).setParameter("statuses", List.of(ServiceStatus.SELECTED, ServiceStatus.ACTIVE))
                .getResultList();
    }

    private static int count(List<Finding> findings, ClauseStatus status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
    }
}
