package tw.vendorrisk.selection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.InvalidVariableException;
import tw.vendorrisk.register.NewNda;
import tw.vendorrisk.register.OrganizationService;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.Vendor;

/** What the vendor selection writes to the register. */
@Service
@Transactional
public class SelectionService {

    private final RegisterService register;
    private final OrganizationService organization;
    private final SelectionDecisionRepository decisions;

    SelectionService(RegisterService register, OrganizationService organization,
            SelectionDecisionRepository decisions) {
        this.register = register;
        this.organization = organization;
        this.decisions = decisions;
    }

    /**
     * Proposes the service to the candidate vendor: a new service record at the first candidate,
     * the same record reassigned at the next. An unknown vendor is refused before anything is written.
     */
    CandidateVendor proposeToCandidate(OutsourcingNeed need, Long existingServiceId, String processInstanceId) {
        if (existingServiceId != null && !processInstanceId.equals(
                register.service(existingServiceId).getSelectionProcessInstanceId())) {
            throw new InvalidVariableException(VendorSelectionProcess.Variables.SERVICE_ID.name(),
                    "is set by the selection itself and must not be given when it starts.");
        }
        Vendor vendor = register.vendorByTaxId(need.vendorTaxId());
        OutsourcedService service = existingServiceId == null
                ? register.proposeService(vendor.getId(), need.profile(), processInstanceId)
                : register.reassignService(existingServiceId, vendor.getId());
        return new CandidateVendor(service.getId(), vendor.getId(), vendor.getName(),
                organization.profile().getCategory(), register.hasNdaInForce(vendor.getId(), LocalDate.now()));
    }

    void storeNda(Long vendorId, Long serviceId, NewNda nda, String user) {
        register.recordNda(vendorId, serviceId, nda, user);
    }

    Long recordSelection(Long serviceId, String processInstanceId, String decidedBy, CapabilityScores capability,
            ConcentrationFigures concentration, boolean concentrationTooHigh, ConcentrationException exception) {
        SelectionDecision decision = new SelectionDecision(register.service(serviceId), SelectionOutcome.SELECTED,
                concentrationTooHigh ? "Selected with an approved concentration exception (4.1.c)" : "Selected",
                decidedBy, processInstanceId)
                .withCapability(capability)
                .withConcentration(concentration, concentrationTooHigh)
                .withException(exception);
        return recordDecision(decision).getId();
    }

    Long recordRejection(Long serviceId, String processInstanceId, String decidedBy, String reason,
            CapabilityScores capability, ConcentrationFigures concentration, Boolean concentrationTooHigh,
            ConcentrationException exception) {
        SelectionDecision decision = new SelectionDecision(register.service(serviceId), SelectionOutcome.NOT_SELECTED,
                reason, decidedBy, processInstanceId)
                .withCapability(capability)
                .withConcentration(concentration, Boolean.TRUE.equals(concentrationTooHigh))
                .withException(exception);
        return recordDecision(decision).getId();
    }

    void closeWithoutVendor(Long serviceId) {
        register.closeSelectionWithoutVendor(serviceId);
    }

    /** Records a selection decision; a selected vendor's service is marked selected. */
    public SelectionDecision recordDecision(SelectionDecision decision) {
        if (decision.getOutcome() == SelectionOutcome.SELECTED) {
            decision.getService().markSelected();
        }
        return decisions.save(decision);
    }

    /** The vendor's selection decisions, oldest first; an unknown vendor is refused as not found. */
    @Transactional(readOnly = true)
    public List<SelectionDecision> decisions(Long vendorId) {
        register.vendor(vendorId);
        return decisions.findByVendorIdOrderByDecidedAt(vendorId);
    }
}
