package tw.vendorrisk.system;

import java.lang.reflect.Field;

/**
 * Reads a field of one of the engine's commands. The commands keep what they act on (a task id, the
 * variables to set) in protected fields without getters; the policies that check them read those
 * fields by name. They are the engine's internals: an engine upgrade or another engine must be
 * checked against the names used.
 */
final class CommandFields {

    private CommandFields() {
    }

    /** The value of the named field, declared by the command's class or a superclass; null if there is none. */
    static Object value(Object command, String name) {
        for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
