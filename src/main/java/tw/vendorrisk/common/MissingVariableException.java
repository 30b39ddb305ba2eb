package tw.vendorrisk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/** A required process variable is missing. The REST API answers 400 with this message. */
public class MissingVariableException extends BadUserRequestException {

    private final String variable;

    public MissingVariableException(String name) {
        super("Missing required variable '" + name + "'.");
        this.variable = name;
    }

    /** The missing variable (a page shows the message next to the field of that name). */
    public String getVariable() {
        return variable;
    }
}
