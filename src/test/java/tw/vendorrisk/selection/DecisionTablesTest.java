package tw.vendorrisk.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The DMN tables in bpmn/, rule by rule, on a bare DMN engine. */
class DecisionTablesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static DmnDecision decision(String resource, String key) {
        try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class OrganizationCategory {

        final DmnDecision table = decision("bpmn/organization-category.dmn", "organization-category");

        @ParameterizedTest(name = "CISO {0}, securities level {1}, futures level {2} -> category {3}")
        @CsvSource(nullValues = "null", value = {
                "true,  null, null, 1",   // Rule_CisoAppointed
                "false, 1,    null, 1",   // Rule_SecuritiesLevel1To3
                "false, 3,    null, 1",
                "false, null, 2,    1",   // Rule_FuturesLevel1To3
                "false, 4,    5,    2",   // Rule_OtherwiseCategory2
                "false, null, null, 2",
        })
        void decidesTheCategory(boolean ciso, Integer securities, Integer futures, int category) {
            DmnDecisionTableResult result = DMN.evaluateDecisionTable(table, Variables.createVariables()
                    .putValue("cisoAppointed", ciso)
                    .putValue("securitiesProtectionLevel", securities)
                    .putValue("futuresProtectionLevel", futures));
            assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(category);
        }
    }

    @Nested
    class CertificateRequirements {

        final DmnDecision table = decision("bpmn/certificate-requirements.dmn", "certificate-requirements");

        List<Map<String, Object>> requirements(int category, boolean cloud) {
            return DMN.evaluateDecisionTable(table, Variables.createVariables()
                    .putValue("organizationCategory", category).putValue("cloud", cloud)).getResultList();
        }

        @Test
        void cloudServiceOfCategory1_needsCloudAndIsmsCertificates() {
            assertThat(requirements(1, true)).containsExactly(
                    Map.of("obligation", "4.2.2", "acceptedCertificates", "CSA_STAR,ISO_27017,ISO_27018"),
                    Map.of("obligation", "4.2.3", "acceptedCertificates", "ISO_27001"));
        }

        @Test
        void cloudServiceOfCategory2_needsACloudCertificateOnly() {
            assertThat(requirements(2, true)).extracting(rule -> rule.get("obligation")).containsExactly("4.2.2");
        }

        @Test
        void onPremiseServiceOfCategory1_needsIso27001() {
            assertThat(requirements(1, false)).extracting(rule -> rule.get("obligation")).containsExactly("4.2.3");
        }

        @Test
        void onPremiseServiceOfCategory2_needsNoCertificate() {
            assertThat(requirements(2, false)).isEmpty();
        }
    }

    @Nested
    class ConcentrationThresholds {

        final DmnDecision table = decision("bpmn/concentration-thresholds.dmn", "concentration-thresholds");

        List<String> findings(int services, int critical, double byCount, double bySpend, double ofCritical,
                double market) {
            VariableMap variables = Variables.createVariables()
                    .putValue("serviceCount", services).putValue("criticalCount", critical)
                    .putValue("shareByCount", byCount).putValue("shareBySpend", bySpend)
                    .putValue("shareOfCritical", ofCritical).putValue("marketShare", market);
            return DMN.evaluateDecisionTable(table, variables).collectEntries("finding");
        }

        @Test
        void lowShares_areNoFinding() {
            assertThat(findings(10, 4, 40, 30, 50, 50)).isEmpty();
        }

        @Test
        void moreThan40PercentByCount_fromThreeServicesOn() {
            assertThat(findings(3, 0, 40.01, 0, 0, 0)).singleElement().asString().contains("40%");
            assertThat(findings(2, 0, 100, 0, 0, 0)).isEmpty();
        }

        @Test
        void moreThan30PercentBySpend_fromThreeServicesOn() {
            assertThat(findings(3, 0, 0, 30.5, 0, 0)).singleElement().asString().contains("30%");
            assertThat(findings(2, 0, 0, 90, 0, 0)).isEmpty();
        }

        @Test
        void moreThanHalfOfTheCriticalServices_fromTwoCriticalServicesOn() {
            assertThat(findings(1, 2, 0, 0, 50.5, 0)).singleElement().asString().contains("critical");
            assertThat(findings(5, 1, 0, 0, 100, 0)).isEmpty();
        }

        @Test
        void marketShareAboveHalf_alwaysCounts() {
            assertThat(findings(1, 0, 100, 100, 0, 50.01)).singleElement().asString().contains("Market share");
        }

        @Test
        void everyThresholdCrossed_isEveryFinding() {
            assertThat(findings(10, 4, 60, 60, 60, 60)).hasSize(4);
        }
    }
}
