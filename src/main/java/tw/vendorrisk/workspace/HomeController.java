package tw.vendorrisk.workspace;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.vendorrisk.common.PageController;
import tw.vendorrisk.oversight.OversightOverview;
import tw.vendorrisk.register.RegisterOverview;
import tw.vendorrisk.selection.ConcentrationOverview;
import tw.vendorrisk.selection.VendorSelectionProcess;
import tw.vendorrisk.termination.VendorTerminationProcess;

/**
 * The home page ({@code /}): what needs the user. Their groups' open tasks and the overdue ones (into the
 * Tasklist), certificates to renew, contracts ending, audits, reviews and SLA reports due, the vendors the
 * organization depends on too much, and the selections and terminations under way; each item links to
 * its vendor or contract.
 */
@PageController
class HomeController {

    /** Items per list; each says how many there are in all. */
    static final int SHOWN = 10;
    static final int CONTRACTS_ENDING_DAYS = 90;
    static final int OVERSIGHT_DUE_DAYS = 30;

    private final WorkQueue work;
    private final RegisterOverview register;
    private final OversightOverview oversight;
    private final ConcentrationOverview concentration;

    HomeController(WorkQueue work, RegisterOverview register, OversightOverview oversight,
            ConcentrationOverview concentration) {
        this.work = work;
        this.register = register;
        this.oversight = oversight;
        this.concentration = concentration;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("tasks", work.tasks(SHOWN));
        model.addAttribute("overdueTasks", work.overdueTasks());
        model.addAttribute("certificates", register.certificatesDue(SHOWN));
        model.addAttribute("certificateLeadDays", register.certificateLeadDays());
        model.addAttribute("contractsEnding", register.contractsEnding(CONTRACTS_ENDING_DAYS, SHOWN));
        model.addAttribute("contractsEndingDays", CONTRACTS_ENDING_DAYS);
        model.addAttribute("oversightDue", oversight.due(OVERSIGHT_DUE_DAYS, SHOWN));
        model.addAttribute("oversightDueDays", OVERSIGHT_DUE_DAYS);
        model.addAttribute("concentrated", concentration.tooConcentrated());
        model.addAttribute("selections", work.selections(VendorSelectionProcess.KEY, SHOWN));
        model.addAttribute("terminations", work.terminations(VendorTerminationProcess.KEY, SHOWN));
        return "workspace/home";
    }
}
