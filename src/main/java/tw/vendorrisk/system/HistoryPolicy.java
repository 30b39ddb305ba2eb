package tw.vendorrisk.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * What the engine's history (level {@code full}) keeps, beyond its defaults.
 * <ul>
 * <li><b>Uploaded files</b> live in the register only ({@code contract_document}, readable by the groups
 * that work with contracts), never in the engine's history. With history {@code full} the engine would
 * keep the content of every File variable in its history tables for as long as the history lives,
 * readable by everyone with READ_HISTORY (process owners included) through
 * {@code /engine-rest/history/detail/{id}/data}, and served with the type the uploader claimed. History
 * still records that a file was given, its name and type, by whom and when; only the content is left out.
 * <li><b>Multi-instance counters</b> ({@value #COUNTERS_TEXT}) stay runtime variables. They are the
 * engine's own bookkeeping of a multi-instance activity, which history already records as one activity
 * instance per instance; the element variable of each instance (the audit, review or report it stands
 * for) is kept. A contract's oversight schedule alone would otherwise write 23 counters, each to
 * {@code ACT_HI_VARINST} and {@code ACT_HI_DETAIL}, at signing (docs/performance.md, Lifecycle vs bare
 * engine). The counters are known by name, so no model may use these names for its own variables, and a
 * counter changed by hand (engine REST on an execution's local variables) leaves no variable history
 * either. Counters written before this policy stay in history as they were.
 * </ul>
 */
@Component
class HistoryPolicy extends AbstractProcessEnginePlugin {

    static final String COUNTERS_TEXT = "nrOfInstances, nrOfActiveInstances, nrOfCompletedInstances, loopCounter";
    static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of(COUNTERS_TEXT.split(", "));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new LeaveOutFileContent());
        handlers.add(new DatabaseWithoutCounters());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        // our database handler runs second, on the event without the content, in place of the engine's
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /** Drops the bytes of a File variable from its history event, before the event is written. */
    static final class LeaveOutFileContent implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity update
                    && ValueType.FILE.getName().equals(update.getSerializerName())) {
                update.setByteValue(null);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    /**
     * The engine's database handler, passing over every event of a multi-instance counter: its
     * creation, updates and deletion alike, so no history row of one is ever written or looked for.
     */
    static final class DatabaseWithoutCounters extends DbHistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (isCounter(event)) {
                return;
            }
            super.handleEvent(event);
        }

        static boolean isCounter(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity update
                    && MULTI_INSTANCE_COUNTERS.contains(update.getVariableName());
        }
    }
}
