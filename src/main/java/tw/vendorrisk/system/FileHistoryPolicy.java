package tw.vendorrisk.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Uploaded files live in the register only ({@code contract_document}, readable by the groups that work
 * with contracts), never in the engine's history. With history {@code full} the engine would keep the
 * content of every File variable in its history tables for as long as the history lives, readable by
 * everyone with READ_HISTORY (process owners included) through
 * {@code /engine-rest/history/detail/{id}/data}, and served with the type the uploader claimed. History
 * still records that a file was given, its name and type, by whom and when; only the content is left out.
 */
@Component
class FileHistoryPolicy extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        handlers.add(new LeaveOutFileContent());
        handlers.add(new DbHistoryEventHandler());
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        // the engine's own database handler runs second, on the event without the content
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
}
