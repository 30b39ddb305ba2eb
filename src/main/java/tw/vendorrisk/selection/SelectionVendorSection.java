package tw.vendorrisk.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's selection part: the vendor's concentration now with the thresholds' findings, every
 * selection decision with its figures, and (for procurement) starting a selection of this vendor.
 */
@Component
class SelectionVendorSection implements VendorPageSection {

    /** The groups that may start a selection: {@code CREATE_INSTANCE} on vendor-selection (AccessSetup). */
    static final List<String> START_SELECTION = List.of(Groups.PROCUREMENT, Groups.ADMIN);

    public record Decision(SelectionOutcome outcome, String serviceDescription, String reason, String decidedBy,
            OffsetDateTime decidedAt, BigDecimal shareByCount, BigDecimal shareBySpend, BigDecimal shareOfCritical,
            BigDecimal marketShare, Boolean concentrationTooHigh, String exceptionApprovedBy, String exceptionReason) {
    }

    public record Data(Long vendorId, ConcentrationOverview.VendorConcentration concentration, List<Decision> decisions,
            boolean mayStart) {
    }

    private final ConcentrationOverview concentration;
    private final SelectionDecisionRepository decisions;
    private final RegisterService register;

    SelectionVendorSection(ConcentrationOverview concentration, SelectionDecisionRepository decisions,
            RegisterService register) {
        this.concentration = concentration;
        this.decisions = decisions;
        this.register = register;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String anchor() {
        return "selection";
    }

    @Override
    public String template() {
        return "selection/vendor-section";
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(VendorPageContext context) {
        List<Decision> rows = decisions.withServicesOfVendor(context.vendorId()).stream()
                .map(d -> new Decision(d.getOutcome(), d.getService().getDescription(), d.getReason(), d.getDecidedBy(),
                        d.getDecidedAt(), d.getShareByCount(), d.getShareBySpend(), d.getShareOfCritical(),
                        d.getMarketShare(), d.getConcentrationTooHigh(), d.getExceptionApprovedBy(),
                        d.getExceptionReason()))
                .toList();
        return new Data(context.vendorId(), concentration.of(register.vendor(context.vendorId())), rows,
                context.inAnyGroup(START_SELECTION));
    }
}
