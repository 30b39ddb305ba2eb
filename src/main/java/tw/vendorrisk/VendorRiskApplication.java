package tw.vendorrisk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VendorRiskApplication {

    public static void main(String[] args) {
        SpringApplication.run(VendorRiskApplication.class, args);
    }
}
