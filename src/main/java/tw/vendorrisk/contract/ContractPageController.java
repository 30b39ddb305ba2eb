package tw.vendorrisk.contract;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tw.vendorrisk.common.PageController;

/** One contract on one screen ({@code /contracts/{id}}): see {@link ContractPage}. */
@PageController
class ContractPageController {

    private final ContractPage contractPage;

    ContractPageController(ContractPage contractPage) {
        this.contractPage = contractPage;
    }

    @GetMapping("/contracts/{id}")
    String contract(@PathVariable Long id, Model model) {
        contractPage.fill(model, id);
        return ContractPage.VIEW;
    }
}
