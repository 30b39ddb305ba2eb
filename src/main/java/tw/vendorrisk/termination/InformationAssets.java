package tw.vendorrisk.termination;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tw.vendorrisk.register.Contract;
import tw.vendorrisk.register.ContractRepository;
import tw.vendorrisk.register.ContractStatus;
import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterException;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.ServiceStatus;

/**
 * The register's list of the organization's information assets in each arrangement (13.2.2): kept
 * per service (every contract of it) or per contract, so that at the end all are returned,
 * destroyed or handed over.
 */
@Service
@Transactional
public class InformationAssets {

    private final InformationAssetRepository assets;
    private final RegisterService register;
    private final ContractRepository contracts;

    InformationAssets(InformationAssetRepository assets, RegisterService register, ContractRepository contracts) {
        this.assets = assets;
        this.register = register;
        this.contracts = contracts;
    }

    /** Registers an asset of the service as a whole. */
    public InformationAsset registerForService(Long serviceId, NewInformationAsset asset, String user) {
        OutsourcedService service = register.service(serviceId);
        if (service.getStatus() == ServiceStatus.ENDED || service.getStatus() == ServiceStatus.NOT_SELECTED) {
            throw RegisterException.invalid("serviceId", "Service " + serviceId + " is " + service.getStatus()
                    + ": information assets are registered for an arrangement that is planned or runs.");
        }
        return assets.save(new InformationAsset(service, null, asset, user));
    }

    /** Registers an asset used under one contract only. */
    public InformationAsset registerForContract(Long contractId, NewInformationAsset asset, String user) {
        Contract contract = contract(contractId);
        if (contract.getStatus() == ContractStatus.ENDED) {
            throw RegisterException.invalid("contractId", "Contract " + contractId
                    + " has ended: information assets are registered for a contract in drafting or running.");
        }
        return assets.save(new InformationAsset(contract.getService(), contract, asset, user));
    }

    @Transactional(readOnly = true)
    public List<InformationAsset> ofService(Long serviceId) {
        register.service(serviceId);
        return assets.findByServiceIdOrderById(serviceId);
    }

    /** The assets in a contract's arrangement: its own and those of its service as a whole. */
    @Transactional(readOnly = true)
    public List<InformationAsset> ofContract(Long contractId) {
        Contract contract = contract(contractId);
        return assets.findInArrangement(contract.getService().getId(), contractId);
    }

    @Transactional(readOnly = true)
    public InformationAsset asset(Long assetId) {
        return assets.findById(assetId).orElseThrow(() -> RegisterException.notFound("Information asset", assetId));
    }

    private Contract contract(Long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> RegisterException.notFound("Contract", contractId));
    }
}
