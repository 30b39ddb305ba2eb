package tw.vendorrisk.oversight;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.vendorrisk.common.Groups;
import tw.vendorrisk.oversight.OversightOverview.Activity;
import tw.vendorrisk.register.VendorPageContext;
import tw.vendorrisk.register.VendorPageContext.ContractRow;
import tw.vendorrisk.register.VendorPageSection;

/**
 * The vendor page's oversight timeline: the audits, on-site reviews and SLA reports of its contracts that
 * are overdue, open, coming next and done (on time or late), and (for infosec) an ad hoc audit of a
 * running contract.
 */
@Component
class OversightVendorSection implements VendorPageSection {

    /** The groups that may start an ad hoc audit: {@code CREATE_INSTANCE} on vendor-audit (AccessSetup). */
    static final List<String> START_AUDIT = List.of(Groups.INFOSEC, Groups.ADMIN);
    static final int UPCOMING_SHOWN = 5;
    static final int DONE_SHOWN = 10;

    public record Data(List<Activity> overdue, List<Activity> open, List<Activity> upcoming, int upcomingTotal,
            List<Activity> done, int doneTotal, List<ContractRow> auditable) {

        public boolean empty() {
            return overdue.isEmpty() && open.isEmpty() && upcoming.isEmpty() && done.isEmpty();
        }
    }

    private final OversightOverview overview;

    OversightVendorSection(OversightOverview overview) {
        this.overview = overview;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String anchor() {
        return "oversight";
    }

    @Override
    public String template() {
        return "oversight/vendor-section";
    }

    @Override
    public Object data(VendorPageContext context) {
        List<Activity> all = overview.ofVendor(context.vendorId());
        List<Activity> upcoming = all.stream()
                .filter(a -> a.status() == OversightStatus.SCHEDULED && !a.overdue()).toList();
        List<Activity> done = new java.util.ArrayList<>(all.stream().filter(a -> a.status() == OversightStatus.DONE).toList());
        java.util.Collections.reverse(done);
        return new Data(all.stream().filter(Activity::overdue).toList(),
                all.stream().filter(a -> a.status() == OversightStatus.OPEN && !a.overdue()).toList(),
                upcoming.stream().limit(UPCOMING_SHOWN).toList(), upcoming.size(),
                done.stream().limit(DONE_SHOWN).toList(), done.size(),
                context.inAnyGroup(START_AUDIT) ? context.runningContracts() : List.of());
    }
}
