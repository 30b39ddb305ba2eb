package tw.vendorrisk.termination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import tw.vendorrisk.termination.VendorTerminationProcess.Variables;

/** Shows one asset of the arrangement on its disposition task (13.2.2). */
@Component("openAssetDisposition")
class OpenAssetDispositionDelegate implements JavaDelegate {

    private final TerminationService terminations;

    OpenAssetDispositionDelegate(TerminationService terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TerminationService.AssetDetails asset = terminations.assetDetails(Variables.TERMINATION_ID.require(execution),
                Variables.ASSET_ID.require(execution));
        Variables.ASSET_NAME.set(execution, asset.name());
        Variables.ASSET_DESCRIPTION.set(execution, asset.description());
        Variables.ASSET_CLASSIFICATION.set(execution, asset.classification());
        Variables.ASSET_LOCATION.set(execution, asset.location());
        Variables.ASSET_TRADE_SECRET.set(execution, asset.tradeSecret());
    }
}
