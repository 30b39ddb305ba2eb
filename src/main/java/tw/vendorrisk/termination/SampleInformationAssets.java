package tw.vendorrisk.termination;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tw.vendorrisk.register.OutsourcedService;
import tw.vendorrisk.register.RegisterService;
import tw.vendorrisk.register.SampleRegisterWritten;

/**
 * The information assets of the embedded default's sample register: two with the cloud hosting, two
 * with the ID image recognition maintenance. Written with the sample register, in its transaction.
 */
@Component
@ConditionalOnProperty(name = "app.demo.sample-register", havingValue = "true")
class SampleInformationAssets {

    private final RegisterService register;
    private final InformationAssetRepository assets;

    SampleInformationAssets(RegisterService register, InformationAssetRepository assets) {
        this.register = register;
        this.assets = assets;
    }

    @EventListener
    void on(SampleRegisterWritten written) {
        OutsourcedService hosting = firstService(SampleRegisterWritten.CLOUD_VENDOR_TAX_ID);
        sampleAsset(hosting, "客戶委託下單資料 Customer order data", AssetClassification.SECRET,
                "雲端區域 ap-east Cloud region ap-east", true);
        sampleAsset(hosting, "主機映像與組態 Host images and configuration", AssetClassification.CONFIDENTIAL,
                "雲端區域 ap-east Cloud region ap-east", false);
        OutsourcedService recognition = firstService(SampleRegisterWritten.MAINTENANCE_VENDOR_TAX_ID);
        sampleAsset(recognition, "身分證影像檔 ID card images", AssetClassification.SECRET,
                "廠商測試環境 Vendor's test environment", false);
        sampleAsset(recognition, "辨識模型原始碼 Recognition model source code", AssetClassification.CONFIDENTIAL,
                "廠商版本庫 Vendor's repository", true);
    }

    private OutsourcedService firstService(String taxId) {
        return register.services(register.vendorByTaxId(taxId).getId()).get(0);
    }

    private void sampleAsset(OutsourcedService service, String name, AssetClassification classification,
            String location, boolean tradeSecret) {
        assets.save(new InformationAsset(service, null, new NewInformationAsset(name, null, classification, location,
                tradeSecret), "sample"));
    }
}
