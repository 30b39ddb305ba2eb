package tw.vendorrisk.termination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.EngineClock;
import tw.vendorrisk.access.AccessService;
import tw.vendorrisk.oversight.ContractOversightProcess;
import tw.vendorrisk.oversight.OversightService;
import tw.vendorrisk.access.AccessGrant;
import tw.vendorrisk.access.AccessKind;
import tw.vendorrisk.access.AccessRequest;
import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractPurpose;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.Criticality;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceProfile;
import tw.vendorrisk.register.ServiceStatus;
import tw.vendorrisk.register.SignedTerms;
import tw.vendorrisk.register.SlaReportFrequency;
import tw.vendorrisk.register.Vendor;

/**
 * A running arrangement for the change and termination tests: a signed contract with its
 * oversight planned, active vendor access, information assets, and a process waiting for the
 * contract's end.
 */
@Component
public class ArrangementFixture {

    /** A stand-in for every process that waits for {@code Msg_ContractEnded} (oversight, access). */
    public static final String WAITS_FOR_CONTRACT_END = "test-waits-for-contract-end";

    private final RegisterService register;
    private final ContractRepository contracts;
    private final AccessService access;
    private final OversightService oversight;
    private final InformationAssets assets;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    ArrangementFixture(RegisterService register, ContractRepository contracts, AccessService access,
            OversightService oversight, InformationAssets assets, RepositoryService repositoryService,
            RuntimeService runtimeService) {
        this.register = register;
        this.contracts = contracts;
        this.access = access;
        this.oversight = oversight;
        this.assets = assets;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** A contract signed half a year ago for two years, with on-site staff and quarterly SLA reports, its oversight planned. */
    public Contract signedContract(Vendor vendor, String serviceDescription) {
        LocalDate today = EngineClock.today();
        OutsourcedService service = register.addService(vendor.getId(), new ServiceProfile(serviceDescription, false,
                false, true, false, Criticality.HIGH, new BigDecimal("900000"), null, null), ServiceStatus.ACTIVE);
        Contract contract = new Contract(service, ContractPurpose.NEW, null);
        contract.sign(new SignedTerms(today.minusMonths(6), today.minusMonths(6), today.plusMonths(18),
                SlaReportFrequency.QUARTERLY, true, "ID image archive, read only"), "test");
        contract = contracts.save(contract);
        oversight.plan(contract.getId());
        return contract;
    }

    /** A contract still being drafted. */
    public Contract draftContract(Vendor vendor) {
        OutsourcedService service = register.addService(vendor.getId(), new ServiceProfile("Drafted service", false,
                false, false, false, Criticality.NORMAL, BigDecimal.ONE, null, null), ServiceStatus.ACTIVE);
        return contracts.save(new Contract(service, ContractPurpose.NEW, null));
    }

    /** Access requested and approved: an ACTIVE grant under the contract. */
    public AccessGrant activeGrant(Contract contract, String person) {
        AccessGrant grant = access.request(contract.getId(), new AccessRequest(person, "maintenance engineer",
                "ID image archive", Set.of(AccessKind.QUERY, AccessKind.USE), false, "monthly maintenance",
                EngineClock.today().plusMonths(3)), "alice", null);
        return access.approve(grant.getId(), "needed for maintenance", "ivan");
    }

    public InformationAsset serviceAsset(Contract contract, String name) {
        return assets.registerForService(contract.getService().getId(), new NewInformationAsset(name,
                "used by the vendor", AssetClassification.CONFIDENTIAL, "vendor data centre", false), "alice");
    }

    public InformationAsset contractAsset(Contract contract, String name) {
        return assets.registerForContract(contract.getId(), new NewInformationAsset(name, null,
                AssetClassification.SECRET, "vendor laptop", true), "alice");
    }

    /** Starts a process that waits for the contract's end the way the oversight and access processes do. */
    public ProcessInstance waitForContractEnd(Contract contract) {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(WAITS_FOR_CONTRACT_END).count() == 0) {
            repositoryService.createDeployment().name(WAITS_FOR_CONTRACT_END)
                    .addModelInstance(WAITS_FOR_CONTRACT_END + ".bpmn", Bpmn.createExecutableProcess(WAITS_FOR_CONTRACT_END)
                            .camundaHistoryTimeToLive(1)
                            .startEvent()
                            .intermediateCatchEvent("Catch_ContractEnded")
                            .message(ContractOversightProcess.MESSAGE_CONTRACT_ENDED)
                            .endEvent()
                            .done())
                    .deploy();
        }
        return runtimeService.startProcessInstanceByKey(WAITS_FOR_CONTRACT_END,
                java.util.Map.of(ContractOversightProcess.Variables.CONTRACT_ID.name(), contract.getId()));
    }

    /** Running contract-oversight instances of the contract; 0 also when the process is not deployed. */
    public long runningOversight(Contract contract) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ContractOversightProcess.KEY)
                .variableValueEquals(ContractOversightProcess.Variables.CONTRACT_ID.name(), contract.getId()).count();
    }
}
