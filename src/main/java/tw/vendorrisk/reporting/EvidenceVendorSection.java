package tw.vendorrisk.reporting;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's evidence pack for the examiner ({@code GET /api/vendors/{id}/evidence}), for those who
 * may download it; others do not see the section.
 */
@Component
class EvidenceVendorSection implements VendorPageSection {

    /** The groups of {@link EvidenceController}. */
    static final List<String> DOWNLOAD = List.of(Groups.MANAGERS, Groups.ADMIN);

    public record Data(Long vendorId) {
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String anchor() {
        return "evidence";
    }

    @Override
    public String template() {
        return "reporting/vendor-section";
    }

    @Override
    public Object data(VendorPageContext context) {
        return context.inAnyGroup(DOWNLOAD) ? new Data(context.vendorId()) : null;
    }
}
