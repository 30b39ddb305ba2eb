package tw.vendorrisk.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN table change-significance, rule by rule, on a bare DMN engine. */
class ChangeSignificanceTableTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABLE = load();

    private static DmnDecision load() {
        try (InputStream in = ChangeSignificanceTableTest.class.getClassLoader()
                .getResourceAsStream("bpmn/change-significance.dmn")) {
            return DMN.parseDecision(ChangeSignificance.DECISION, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}: C {1}, I {2}, A {3} -> significant {4} ({5})")
    @CsvSource({
            "SCOPE,         HIGH,   LOW,    LOW,    true,  High impact on confidentiality",     // Rule_ConfidentialityHigh
            "OTHER,         LOW,    HIGH,   LOW,    true,  High impact on integrity",           // Rule_IntegrityHigh
            "ARCHITECTURE,  LOW,    LOW,    HIGH,   true,  High impact on availability",        // Rule_AvailabilityHigh
            "DATA_LOCATION, MEDIUM, LOW,    LOW,    true,  Data location",                      // Rule_SensitiveChangeConfidentiality
            "SUBCONTRACTOR, LOW,    MEDIUM, LOW,    true,  subcontractor",                      // Rule_SensitiveChangeIntegrity
            "CLOUD_REGION,  LOW,    LOW,    MEDIUM, true,  cloud region",                       // Rule_SensitiveChangeAvailability
            "SCOPE,         MEDIUM, MEDIUM, LOW,    true,  two or more",                        // Rule_MediumConfidentialityIntegrity
            "ARCHITECTURE,  MEDIUM, LOW,    MEDIUM, true,  two or more",                        // Rule_MediumConfidentialityAvailability
            "OTHER,         LOW,    MEDIUM, MEDIUM, true,  two or more",                        // Rule_MediumIntegrityAvailability
            "SCOPE,         MEDIUM, LOW,    LOW,    false, Minor impact",                       // Rule_OtherwiseNotSignificant
            "DATA_LOCATION, LOW,    LOW,    LOW,    false, Minor impact",
            "ARCHITECTURE,  LOW,    LOW,    MEDIUM, false, Minor impact",
    })
    void decidesWhetherAChangeIsSignificant(String type, String confidentiality, String integrity,
            String availability, boolean significant, String reason) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(TABLE, Variables.createVariables()
                .putValue("changeType", type)
                .putValue("confidentialityImpact", confidentiality)
                .putValue("integrityImpact", integrity)
                .putValue("availabilityImpact", availability)).getSingleResult();
        assertThat((Boolean) result.getEntry("significant")).isEqualTo(significant);
        assertThat((String) result.getEntry("significanceReason")).contains(reason);
    }
}
