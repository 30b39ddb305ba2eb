package tw.vendorrisk.selection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

import tw.vendorrisk.common.SystemRead;

/**
 * The decision table {@code concentration-thresholds} as deployed, asked in memory: for the workspace's
 * lists, which ask it about many vendors on each page. The engine's decision service would record a
 * historic decision instance for every vendor at every page view, and its FEEL engine takes milliseconds
 * an evaluation; here the table is read once per deployed version and its rules, simple comparisons, are
 * evaluated by the legacy FEEL engine (in microseconds), or by the full FEEL engine once a rule needs
 * more. The selection and the change reassessment still ask the engine, which keeps their decisions.
 */
@Component
class ConcentrationThresholds {

    private final RepositoryService repositoryService;
    private final SystemRead systemRead;
    private final DmnEngine simple = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();
    private final DmnEngine full = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private volatile Table table;

    ConcentrationThresholds(RepositoryService repositoryService, SystemRead systemRead) {
        this.repositoryService = repositoryService;
        this.systemRead = systemRead;
    }

    /**
     * The table as deployed now. Read as the system: task workers may not read decision definitions, yet
     * every finding the table makes is theirs to see (the selection shows it on their tasks).
     */
    Table latest() {
        DecisionDefinition definition = systemRead.call(() -> repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ConcentrationAssessment.DECISION).latestVersion().singleResult());
        if (definition == null) {
            throw new IllegalStateException("The decision table " + ConcentrationAssessment.DECISION + " is not deployed.");
        }
        Table current = table;
        if (current == null || !current.definitionId.equals(definition.getId())) {
            current = new Table(definition.getId(), parse(definition, simple), parse(definition, full));
            table = current;
        }
        return current;
    }

    private DmnDecision parse(DecisionDefinition definition, DmnEngine engine) {
        try (InputStream xml = systemRead.call(() -> repositoryService.getDecisionModel(definition.getId()))) {
            return engine.parseDecision(definition.getKey(), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One deployed version of the table. */
    final class Table {

        private final String definitionId;
        private final DmnDecision simpleDecision;
        private final DmnDecision fullDecision;
        private volatile boolean needsFullFeel;

        private Table(String definitionId, DmnDecision simpleDecision, DmnDecision fullDecision) {
            this.definitionId = definitionId;
            this.simpleDecision = simpleDecision;
            this.fullDecision = fullDecision;
        }

        /** The findings for these figures: empty when the concentration is within the thresholds. */
        List<String> findings(ConcentrationFigures figures) {
            if (!needsFullFeel) {
                try {
                    return simple.evaluateDecisionTable(simpleDecision, figures.decisionInput()).collectEntries("finding");
                } catch (FeelException beyondSimpleComparisons) {
                    needsFullFeel = true;
                }
            }
            return full.evaluateDecisionTable(fullDecision, figures.decisionInput()).collectEntries("finding");
        }
    }
}
