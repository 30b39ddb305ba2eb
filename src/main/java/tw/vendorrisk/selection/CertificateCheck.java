package tw.vendorrisk.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.register.Certificate;
import tw.vendorrisk.register.CertificateType;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;

/**
 * Which third-party certificates a service needs (DMN {@code certificate-requirements}, 4.2.2 and
 * 4.2.3) and whether the vendor holds a valid, unexpired one of each requirement.
 */
@Service
@Transactional(readOnly = true)
public class CertificateCheck {

    public static final String DECISION = "certificate-requirements";

    private final DecisionService decisions;
    private final RegisterService register;

    CertificateCheck(DecisionService decisions, RegisterService register) {
        this.decisions = decisions;
        this.register = register;
    }

    public record Requirement(String obligation, Set<CertificateType> accepted) {
    }

    public record Result(boolean sufficient, List<Requirement> requirements, String shortfall) {
    }

    public Result check(Long serviceId, int organizationCategory, LocalDate day) {
        OutsourcedService service = register.service(serviceId);
        List<Requirement> requirements = requirements(organizationCategory, service.isCloud());
        List<Certificate> valid = register.certificates(service.getVendor().getId()).stream()
                .filter(certificate -> certificate.isValidOn(day)).toList();
        List<String> unmet = new ArrayList<>();
        for (Requirement requirement : requirements) {
            boolean met = valid.stream().anyMatch(certificate -> requirement.accepted().contains(certificate.getType()));
            if (!met) {
                unmet.add(requirement.obligation() + ": " + requirement.accepted().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(" / ")) + " — no valid certificate on " + day);
            }
        }
        return new Result(unmet.isEmpty(), requirements, String.join("; ", unmet));
    }

    List<Requirement> requirements(int organizationCategory, boolean cloud) {
        return decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("organizationCategory", organizationCategory)
                        .putValue("cloud", cloud))
                .getResultList().stream()
                .map(rule -> new Requirement((String) rule.get("obligation"),
                        Arrays.stream(((String) rule.get("acceptedCertificates")).split(","))
                                .map(String::strip).map(CertificateType::valueOf)
                                .collect(Collectors.toUnmodifiableSet())))
                .toList();
    }
}
