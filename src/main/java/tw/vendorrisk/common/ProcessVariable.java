package tw.vendorrisk.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type in one place. Each process declares its variables
 * once (e.g. {@code VendorSelectionProcess.Variables}) and delegates, controllers and tests use
 * them instead of string literals.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Long> longValue(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    /** A point in time, e.g. a due date or a timer's date. */
    public static ProcessVariable<Date> dateTime(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    public static ProcessVariable<Number> number(String name) {
        return new ProcessVariable<>(name, Number.class);
    }

    public String name() {
        return name;
    }

    /** The value, or {@code null} when the variable is not set. */
    public T get(VariableScope scope) {
        return cast(scope.getVariable(name));
    }

    /** The value; a clear error naming the variable when it is missing. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new MissingVariableException(name);
        }
        return value;
    }

    public T getOrDefault(VariableScope scope, T fallback) {
        T value = get(scope);
        return value == null ? fallback : value;
    }

    /** A date given as text (2026-11-25, or a date-time whose first ten characters are that); null when blank. */
    public LocalDate date(VariableScope scope) {
        Object value = scope.getVariable(name);
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidVariableException(name, "must be a date like 2026-11-25, not '" + value + "'.");
        }
    }

    /** A required date given as text. */
    public LocalDate requireDate(VariableScope scope) {
        LocalDate date = date(scope);
        if (date == null) {
            throw new MissingVariableException(name);
        }
        return date;
    }

    /** A value of an enum given by its name (any case); the fallback when the variable is not set. */
    public <E extends Enum<E>> E enumValue(VariableScope scope, Class<E> type, E fallback) {
        Object value = scope.getVariable(name);
        if (value == null) {
            if (fallback == null) {
                throw new MissingVariableException(name);
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidVariableException(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not '" + value + "'.");
        }
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Reads the value from a plain map, e.g. the variables of a task or a start request. */
    public T from(Map<String, Object> variables) {
        return cast(variables.get(name));
    }

    /** Puts the value into a map, e.g. for {@code startProcessInstanceByKey} or {@code complete}. */
    public Map<String, Object> put(Map<String, Object> variables, T value) {
        variables.put(name, value);
        return variables;
    }

    private T cast(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Boolean.class && value instanceof String text
                && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
            return type.cast(Boolean.valueOf(text));
        }
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (type == Integer.class && value instanceof Number number) {
            return type.cast(number.intValue());
        }
        if (!type.isInstance(value)) {
            throw new InvalidVariableException(name, type, value);
        }
        return type.cast(value);
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
