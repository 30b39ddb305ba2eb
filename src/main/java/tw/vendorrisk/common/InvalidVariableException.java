package tw.vendorrisk.common;

import org.camunda.bpm.engine.BadUserRequestException;

/** A process variable has the wrong type. The REST API answers 400 with this message. */
public class InvalidVariableException extends BadUserRequestException {

    public InvalidVariableException(String name, Class<?> expected, Object actual) {
        super("Variable '" + name + "' must be a " + expected.getSimpleName().toLowerCase()
                + ", not " + actual.getClass().getSimpleName().toLowerCase() + " '" + actual + "'.");
    }

    public InvalidVariableException(String name, String message) {
        super("Variable '" + name + "' " + message);
    }
}
