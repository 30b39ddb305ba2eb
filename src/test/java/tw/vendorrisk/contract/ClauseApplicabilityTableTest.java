package tw.vendorrisk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DMN table clause-applicability, rule by rule, on a bare DMN engine. */
class ClauseApplicabilityTableTest {

    static final List<String> ALWAYS = List.of(
            "7.1.1.1", "7.1.1.2", "7.1.1.3", "7.1.1.4", "7.1.1.5", "7.1.1.6", "7.1.1.7", "7.1.1.8", "7.1.1.9",
            "7.1.1.10", "7.1.1.11", "7.1.1.12", "7.1.1.13", "7.1.1.14", "7.1.1.15", "7.1.1.16", "7.1.1.17",
            "7.1.2.1", "7.1.2.2", "7.1.5.1", "7.1.5.2", "7.1.5.3", "7.1.5.4", "7.1.5.5", "7.1.5.6", "7.1.5.7");

    static Stream<Arguments> alwaysApplicable() {
        return ALWAYS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} applies to every organization and service")
    @MethodSource("alwaysApplicable")
    void clausesForBothCategories_alwaysApply(String obligation) {
        for (int category : new int[] {1, 2}) {
            for (boolean cloud : new boolean[] {true, false}) {
                for (boolean systemDevelopment : new boolean[] {true, false}) {
                    assertThat(ApplicabilityTable.obligations(category, cloud, systemDevelopment)).contains(obligation);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} needs category 1")
    @MethodSource("category1Only")
    void category1Clauses_applyToCategory1Only(String obligation) {
        assertThat(ApplicabilityTable.obligations(1, false, false)).contains(obligation);
        assertThat(ApplicabilityTable.obligations(1, true, true)).contains(obligation);
        assertThat(ApplicabilityTable.obligations(2, false, false)).doesNotContain(obligation);
        assertThat(ApplicabilityTable.obligations(2, true, true)).doesNotContain(obligation);
    }

    static Stream<Arguments> category1Only() {
        return Stream.of("7.1.2.3", "7.1.2.4", "7.1.5.8", "7.1.5.9").map(Arguments::of);
    }

    @Test
    void theProtectionBaseline_appliesWhenTheScopeIncludesSystemDevelopmentMaintenanceOrMonitoring() {
        assertThat(ApplicabilityTable.obligations(2, false, true)).contains("7.1.3");
        assertThat(ApplicabilityTable.obligations(1, true, true)).contains("7.1.3");
        assertThat(ApplicabilityTable.obligations(1, true, false)).doesNotContain("7.1.3");
        assertThat(ApplicabilityTable.obligations(2, false, false)).doesNotContain("7.1.3");
    }

    @Test
    void theEmergingTechnologyGuideline_appliesToCloudServices() {
        assertThat(ApplicabilityTable.obligations(2, true, false)).contains("7.1.4");
        assertThat(ApplicabilityTable.obligations(1, true, true)).contains("7.1.4");
        assertThat(ApplicabilityTable.obligations(1, false, true)).doesNotContain("7.1.4");
        assertThat(ApplicabilityTable.obligations(2, false, false)).doesNotContain("7.1.4");
    }

    @Test
    void aCategory1CloudDevelopment_needsAllThirtyTwoClausesInGuidelineOrder() {
        assertThat(ApplicabilityTable.obligationsInRuleOrder(1, true, true))
                .containsExactlyElementsOf(new ClauseChecker().obligations());
    }

    @Test
    void aCategory2OnPremisePurchase_needsTheTwentySixClausesForBoth() {
        assertThat(ApplicabilityTable.obligationsInRuleOrder(2, false, false)).containsExactlyElementsOf(ALWAYS);
    }

    @Test
    void everyRuleNamesOneObligation_andCitesTheGuideline() throws Exception {
        DmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ApplicabilityTable.RESOURCE)) {
            model = Dmn.readModelFromStream(in);
        }
        Decision decision = model.getModelElementById(ApplicabilityTable.DECISION);
        DecisionTable table = (DecisionTable) decision.getExpression();

        assertThat(decision.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
                .isEqualTo("3650");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.getInputs()).extracting(input -> input.getCamundaInputVariable())
                .containsExactly("organizationCategory", "cloud", "systemDevelopment");
        assertThat(table.getRules()).hasSize(32).allSatisfy(rule -> {
            assertThat(rule.getOutputEntries()).hasSize(1);
            assertThat(rule.getDescription().getTextContent()).startsWith("第七條第一項").contains("Art. 7.1(");
            assertThat(rule.getId()).startsWith("Rule_7_1_");
        });
        assertThat(table.getRules()).extracting(rule -> rule.getOutputEntries().iterator().next().getTextContent())
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(new ClauseChecker().obligations().stream().map(id -> '"' + id + '"').toList());
    }
}
