package tw.vendorrisk.register;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * A small sample register for the embedded default ({@code app.demo.sample-register=true}), so a
 * first selection has vendors, certificates and existing services to work with. Written once,
 * when the register is empty.
 */
@Component
@ConditionalOnProperty(name = "app.demo.sample-register", havingValue = "true")
class SampleRegister implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SampleRegister.class);

    private final RegisterService register;
    private final VendorRepository vendors;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SampleRegister(RegisterService register, VendorRepository vendors, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.register = register;
        this.vendors = vendors;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            if (vendors.count() > 0) {
                return;
            }
            LocalDate today = LocalDate.now();
            String study = "資訊服務業市場調查 IT services market study";
            LocalDate studyDate = today.minusMonths(4);
            Vendor cloud = register.registerVendor(new NewVendor("雲端科技股份有限公司 Cloudway Technology",
                    SampleRegisterWritten.CLOUD_VENDOR_TAX_ID, "TW", null, new BigDecimal("12.50"), study, studyDate));
            register.addCertificate(cloud.getId(), new NewCertificate(CertificateType.ISO_27001, "TW-27001-0415",
                    today.plusYears(2)));
            register.addCertificate(cloud.getId(), new NewCertificate(CertificateType.CSA_STAR, "STAR-2291",
                    today.plusYears(1)));
            register.addService(cloud.getId(), new ServiceProfile(
                    "下單系統雲端主機 Order system cloud hosting", true, false, false, true, Criticality.CRITICAL,
                    new BigDecimal("4800000"), today.minusYears(1), today.plusYears(2)), ServiceStatus.ACTIVE);

            Vendor maintenance = register.registerVendor(new NewVendor("恆安資訊股份有限公司 Hengan Information",
                    SampleRegisterWritten.MAINTENANCE_VENDOR_TAX_ID, "TW", null, new BigDecimal("55.00"), study,
                    studyDate));
            register.addCertificate(maintenance.getId(), new NewCertificate(CertificateType.ISO_27001,
                    "TW-27001-0977", today.minusMonths(2)));
            register.addService(maintenance.getId(), new ServiceProfile(
                    "身分證影像辨識維護 ID image recognition maintenance", false, false, true, false, Criticality.HIGH,
                    new BigDecimal("900000"), today.minusMonths(6), today.plusMonths(18)), ServiceStatus.ACTIVE);
            register.addService(maintenance.getId(), new ServiceProfile("客服系統維護 Customer service system maintenance",
                    false, false, true, false, Criticality.NORMAL, new BigDecimal("600000"),
                    today.minusMonths(3), today.plusMonths(21)), ServiceStatus.ACTIVE);

            Vendor software = register.registerVendor(new NewVendor("信達軟體有限公司 Xinda Software", "80123454",
                    "TW", null, new BigDecimal("3.00"), study, studyDate));
            register.addCertificate(software.getId(), new NewCertificate(CertificateType.ISO_27001, "TW-27001-1203",
                    today.plusMonths(20)));
            events.publishEvent(new SampleRegisterWritten());
            LOG.info("Wrote the sample register (3 vendors)");
        });
    }
}
