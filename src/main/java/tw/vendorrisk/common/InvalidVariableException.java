package tw.vendorrisk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/** A process variable has the wrong type. The REST API answers 400 with this message. */
public class InvalidVariableException extends BadUserRequestException {

    private final String variable;

    public InvalidVariableException(String name, Class<?> expected, Object actual) {
        super("Variable '" + name + "' must be a " + expected.getSimpleName().toLowerCase()
                + ", not " + actual.getClass().getSimpleName().toLowerCase() + " '" + actual + "'.");
        this.variable = name;
    }

    public InvalidVariableException(String name, String message) {
        super("Variable '" + name + "' " + message);
        this.variable = name;
    }

    /** The variable at fault (a page shows the message next to the field of that name). */
    public String getVariable() {
        return variable;
    }
}
