package tw.vendorrisk.termination;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.Groups;
import tw.vendorrisk.register.Contract;

/**
 * Terminations over REST: start one for a contract ({@code vendor-termination}, access stops in the
 * same request), read it, and agree a contract's termination deadline (13.2.5).
 */
@RestController
@RequestMapping("/api/contracts/{contractId}")
class TerminationController {

    private final TerminationStart starter;
    private final TerminationService terminations;

    TerminationController(TerminationStart starter, TerminationService terminations) {
        this.starter = starter;
        this.terminations = terminations;
    }

    record DeadlineDays(@NotNull @Min(1) @Max(365) Integer days) {
    }

    record Deadline(Long contractId, int terminationDeadlineDays) {
    }

    @PostMapping("/termination")
    @AllowedGroups({Groups.MANAGERS, Groups.PROCUREMENT, Groups.LEGAL, Groups.ADMIN})
    ResponseEntity<TerminationReport> start(@PathVariable Long contractId,
            @Valid @RequestBody TerminationStart.Request request) {
        ProcessInstance instance = starter.start(contractId, request);
        return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/termination"))
                .body(terminations.report(terminations.contractOfProcess(instance.getId())));
    }

    @GetMapping("/termination")
    TerminationReport termination(@PathVariable Long contractId) {
        return terminations.report(contractId);
    }

    @PutMapping("/termination-deadline")
    @AllowedGroups({Groups.MANAGERS, Groups.PROCUREMENT, Groups.LEGAL, Groups.ADMIN})
    Deadline setDeadline(@PathVariable Long contractId, @Valid @RequestBody DeadlineDays request) {
        Contract contract = terminations.setDeadlineDays(contractId, request.days());
        return new Deadline(contract.getId(), TerminationService.deadlineDays(contract));
    }
}
