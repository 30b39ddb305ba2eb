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

        /**
         * The thresholds are lower bounds: a vendor whose shares are all at least another's is at least as
         * concentrated. The workspace's overview of every vendor relies on it (ConcentrationOverview asks
         * the table about a group's highest shares first); a rule like {@code shareByCount < 5} breaks it.
         * Evaluated as the overview does, with the legacy FEEL engine, which must agree with the engine's.
         */
        @Test
        void aHigherShareIsNeverLessConcentrated_andTheOverviewsFeelEngineAgreesWithTheEngines() {
            DmnEngine simple = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration) DmnEngineConfiguration
                    .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();
            DmnDecision simpleTable;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/concentration-thresholds.dmn")) {
                simpleTable = simple.parseDecision("concentration-thresholds", in);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            java.util.Random random = new java.util.Random(20261125);
            double[] levels = {0, 10, 25, 30, 30.01, 40, 40.01, 50, 50.01, 75, 100};
            int[] counts = {0, 1, 2, 3, 10, 40000};
            for (int i = 0; i < 3000; i++) {
                int services = counts[random.nextInt(counts.length)];
                int critical = counts[random.nextInt(counts.length)];
                double[] lower = new double[4];
                double[] higher = new double[4];
                for (int share = 0; share < 4; share++) {
                    lower[share] = random.nextBoolean() ? levels[random.nextInt(levels.length)] : random.nextDouble() * 100;
                    higher[share] = Math.min(100, lower[share] + (random.nextBoolean() ? 0 : random.nextDouble() * 30));
                }
                List<String> low = simple.evaluateDecisionTable(simpleTable, input(services, critical, lower))
                        .collectEntries("finding");
                List<String> high = simple.evaluateDecisionTable(simpleTable, input(services, critical, higher))
                        .collectEntries("finding");
                assertThat(high).as("%d services, %d critical, %s then %s", services, critical,
                        java.util.Arrays.toString(lower), java.util.Arrays.toString(higher)).containsAll(low);
                if (i % 30 == 0) {
                    assertThat(low).isEqualTo(findings(services, critical, lower[0], lower[1], lower[2], lower[3]));
                }
            }
        }

        private VariableMap input(int services, int critical, double[] shares) {
            return Variables.createVariables().putValue("serviceCount", services).putValue("criticalCount", critical)
                    .putValue("shareByCount", shares[0]).putValue("shareBySpend", shares[1])
                    .putValue("shareOfCritical", shares[2]).putValue("marketShare", shares[3]);
        }
    }
}
