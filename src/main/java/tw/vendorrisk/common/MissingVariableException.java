package tw.vendorrisk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/** A required process variable is missing. The REST API answers 400 with this message. */
public class MissingVariableException extends BadUserRequestException {

    public MissingVariableException(String name) {
        super("Missing required variable '" + name + "'.");
    }
}
