package tw.vendorrisk.register;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.TaskNames;

/**
 * Every user task names the vendor and the service it is about, so that a list of tasks in the
 * Tasklist tells two "追蹤缺失改善" apart: when a task is created, its name gets the vendor's name
 * and the service from the register, found through the process's {@code contractId},
 * {@code serviceId}, {@code vendorId} or {@code vendorTaxId} (in that order). The names come from
 * the register, not from what a user typed. Camunda publishes each task event as a Spring event,
 * inside the engine's transaction.
 */
@Component
class TaskSubjects {

    private final ContractRepository contracts;
    private final OutsourcedServiceRepository services;
    private final VendorRepository vendors;

    TaskSubjects(ContractRepository contracts, OutsourcedServiceRepository services, VendorRepository vendors) {
        this.contracts = contracts;
        this.services = services;
        this.vendors = vendors;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void nameTheSubject(DelegateTask task) {
        subject(task).ifPresent(subject -> task.setName(TaskNames.withSubject(task.getName(), subject)));
    }

    Optional<String> subject(DelegateTask task) {
        Long contractId = longValue(task.getVariable("contractId"));
        if (contractId != null) {
            Optional<Contract> contract = contracts.findById(contractId);
            if (contract.isPresent()) {
                return Optional.of(TaskNames.subject(contract.get().getVendor().getName(),
                        contract.get().getService().getDescription()));
            }
        }
        Long serviceId = longValue(task.getVariable("serviceId"));
        if (serviceId != null) {
            Optional<OutsourcedService> service = services.findById(serviceId);
            if (service.isPresent()) {
                return Optional.of(TaskNames.subject(service.get().getVendor().getName(),
                        service.get().getDescription()));
            }
        }
        Long vendorId = longValue(task.getVariable("vendorId"));
        Optional<Vendor> vendor = vendorId != null ? vendors.findById(vendorId)
                : task.getVariable("vendorTaxId") instanceof String taxId ? vendors.findByTaxId(taxId) : Optional.empty();
        return vendor.map(v -> TaskNames.subject(v.getName(), null));
    }

    private static Long longValue(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}
