package tw.vendorrisk.termination;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.vendorrisk.common.AllowedGroups;
import tw.vendorrisk.common.CurrentUser;
import tw.vendorrisk.common.Groups;

/** The information assets in each arrangement (13.2.2), per service or per contract. */
@RestController
@RequestMapping("/api")
class InformationAssetController {

    private final InformationAssets assets;
    private final CurrentUser currentUser;

    InformationAssetController(InformationAssets assets, CurrentUser currentUser) {
        this.assets = assets;
        this.currentUser = currentUser;
    }

    @GetMapping("/services/{serviceId}/information-assets")
    List<AssetView> ofService(@PathVariable Long serviceId) {
        return assets.ofService(serviceId).stream().map(AssetView::of).toList();
    }

    @PostMapping("/services/{serviceId}/information-assets")
    @AllowedGroups({Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS, Groups.ADMIN})
    ResponseEntity<AssetView> registerForService(@PathVariable Long serviceId,
            @Valid @RequestBody NewInformationAsset request) {
        InformationAsset asset = assets.registerForService(serviceId, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/services/" + serviceId + "/information-assets/" + asset.getId()))
                .body(AssetView.of(asset));
    }

    @GetMapping("/contracts/{contractId}/information-assets")
    List<AssetView> ofContract(@PathVariable Long contractId) {
        return assets.ofContract(contractId).stream().map(AssetView::of).toList();
    }

    @PostMapping("/contracts/{contractId}/information-assets")
    @AllowedGroups({Groups.PROCUREMENT, Groups.INFOSEC, Groups.PROJECT_LEADS, Groups.ADMIN})
    ResponseEntity<AssetView> registerForContract(@PathVariable Long contractId,
            @Valid @RequestBody NewInformationAsset request) {
        InformationAsset asset = assets.registerForContract(contractId, request, currentUser.id());
        return ResponseEntity.created(URI.create("/api/contracts/" + contractId + "/information-assets/"
                + asset.getId())).body(AssetView.of(asset));
    }

    record AssetView(Long id, Long serviceId, Long contractId, String name, String description,
            AssetClassification classification, String location, boolean tradeSecret, AssetStatus status,
            String registeredBy, OffsetDateTime createdAt) {
        static AssetView of(InformationAsset a) {
            return new AssetView(a.getId(), a.getService().getId(),
                    a.getContract() == null ? null : a.getContract().getId(), a.getName(), a.getDescription(),
                    a.getClassification(), a.getLocation(), a.isTradeSecret(), a.getStatus(), a.getRegisteredBy(),
                    a.getCreatedAt());
        }
    }
}
