package tw.vendorrisk.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;

/** The DMN table bpmn/clause-applicability.dmn on a bare DMN engine: which Art. 7.1 clauses apply. */
final class ApplicabilityTable {

    static final String RESOURCE = "bpmn/clause-applicability.dmn";
    static final String DECISION = "clause-applicability";

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABLE = parse();

    private ApplicabilityTable() {
    }

    static DmnDecision table() {
        return TABLE;
    }

    static List<String> obligationsInRuleOrder(int organizationCategory, boolean cloud, boolean systemDevelopment) {
        return DMN.evaluateDecisionTable(TABLE, Variables.createVariables()
                .putValue("organizationCategory", organizationCategory)
                .putValue("cloud", cloud)
                .putValue("systemDevelopment", systemDevelopment)).collectEntries("obligation");
    }

    static Set<String> obligations(int organizationCategory, boolean cloud, boolean systemDevelopment) {
        return new LinkedHashSet<>(obligationsInRuleOrder(organizationCategory, cloud, systemDevelopment));
    }

    private static DmnDecision parse() {
        try (InputStream in = ApplicabilityTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return DMN.parseDecision(DECISION, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
