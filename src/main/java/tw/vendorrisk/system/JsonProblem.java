package tw.vendorrisk.system;

import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * What is wrong with a JSON request body, in words, for {@code /api} and engine REST alike: the field
 * ({@code dataCategories[0].code}, or none when the whole body is wrong) and the problem ("must be a
 * date written as yyyy-MM-dd (e.g. 2027-01-31), not the number 20270101"). Jackson's own messages name
 * Java types and are not shown.
 *
 * @param field the field's path, {@code null} for the body as a whole
 * @param problem the problem with the field, e.g. {@code must be text, not an object}
 * @param message the whole message, naming the field
 */
record JsonProblem(String field, String problem, String message) {

    private static final int MAX_ECHO = 40;

    static JsonProblem of(JsonProcessingException exception, MessageSource messages, Locale locale) {
        Texts texts = new Texts(messages, locale);
        if (exception instanceof JsonMappingException mapping && mapping.getCause() instanceof StreamReadException read) {
            // a reading error inside a field, which Jackson wraps to add the field's path
            String field = pathOf(mapping.getPath());
            return ofReading(read, field != null ? field : pathIn(read.getProcessor()), texts);
        }
        if (exception instanceof JsonMappingException mapping) {
            return ofValue(mapping, texts);
        }
        return ofReading(exception, pathIn(exception.getProcessor()), texts);
    }

    /** A number out of range for its field, or a body that is not JSON. */
    private static JsonProblem ofReading(JsonProcessingException exception, String field, Texts texts) {
        if (exception instanceof InputCoercionException) {
            return invalid(field, texts.get("api.json.outOfRange"), texts);
        }
        return ofSyntax(exception, field, texts);
    }

    /** The body is JSON, but a value does not fit its field. */
    private static JsonProblem ofValue(JsonMappingException exception, Texts texts) {
        String field = pathOf(exception.getPath());
        if (exception instanceof PropertyBindingException) {
            return invalid(field, texts.get("api.json.unknownField"), texts);
        }
        Class<?> type = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String problem = texts.get(expected(type), constants(type));
        String given = exception instanceof InvalidFormatException format ? givenValue(format.getValue(), texts) : null;
        if (given == null) {
            given = givenToken(exception.getProcessor(), texts);
        }
        return invalid(field, given == null ? problem : problem + given, texts);
    }

    /** The body is not JSON at all: it breaks off, or has a syntax error. */
    private static JsonProblem ofSyntax(JsonProcessingException exception, String field, Texts texts) {
        String line = exception.getLocation() == null ? "?" : String.valueOf(exception.getLocation().getLineNr());
        String column = exception.getLocation() == null ? "?" : String.valueOf(exception.getLocation().getColumnNr());
        String kind = exception instanceof JsonEOFException ? "incomplete" : "syntax";
        if (field == null) {
            return new JsonProblem(null, null, texts.get("api.json." + kind, line, column));
        }
        return new JsonProblem(field, texts.get("api.json." + kind + ".problem"),
                texts.get("api.json." + kind + ".field", line, column, field));
    }

    private static JsonProblem invalid(String field, String problem, Texts texts) {
        String subject = field == null ? texts.get("api.json.body") : field;
        return new JsonProblem(field, problem, texts.get("api.invalid", texts.get("api.field", subject, problem)));
    }

    /** The key of what a value of the type must be, e.g. {@code api.expected.date}. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "api.expected.other";
        }
        if (type == LocalDate.class) {
            return "api.expected.date";
        }
        if (type.isEnum()) {
            return "api.expected.oneOf";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "api.expected.text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "api.expected.boolean";
        }
        if (List.of(int.class, long.class, short.class, byte.class, Integer.class, Long.class, Short.class, Byte.class,
                BigInteger.class).contains(type)) {
            return "api.expected.wholeNumber";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "api.expected.number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "api.expected.list";
        }
        return "api.expected.object";
    }

    /** The names an enum takes, {@code null} for another type. */
    static String constants(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    /** The value a caller sent, as an echo: {@code , not "lots"}, {@code , not the number 5}. */
    private static String givenValue(Object value, Texts texts) {
        if (value instanceof String text) {
            return texts.get("api.given.text", echo(text));
        }
        if (value instanceof Number number) {
            return texts.get("api.given.number", echo(number.toString()));
        }
        if (value instanceof Boolean) {
            return texts.get("api.given.literal", value.toString());
        }
        if (value == JsonToken.START_OBJECT) {
            return texts.get("api.given.object");
        }
        if (value == JsonToken.START_ARRAY) {
            return texts.get("api.given.list");
        }
        return null;
    }

    /** The value the parser stopped at. */
    private static String givenToken(Object processor, Texts texts) {
        if (!(processor instanceof JsonParser parser) || parser.currentToken() == null) {
            return null;
        }
        try {
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> texts.get("api.given.object");
                case START_ARRAY -> texts.get("api.given.list");
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> texts.get("api.given.number", echo(parser.getText()));
                case VALUE_STRING -> texts.get("api.given.text", echo(parser.getText()));
                case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> texts.get("api.given.literal", token.asString());
                default -> null;
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    /** {@code dataCategories[0].code} for the references of a mapping error. */
    private static String pathOf(List<JsonMappingException.Reference> references) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                steps.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                steps.add(reference.getIndex());
            }
        }
        return join(steps);
    }

    /** The field a parser was in when it stopped, from its nesting of objects and arrays. */
    private static String pathIn(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return null;
        }
        List<Object> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                steps.add(0, context.getCurrentName());
            } else if (context.inArray()) {
                steps.add(0, context.getCurrentIndex());
            }
        }
        return join(steps);
    }

    /** Names and indexes as {@code a.b[2].c}. */
    private static String join(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step);
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The texts in the caller's language. */
    private record Texts(MessageSource messages, Locale locale) {
        String get(String code, Object... arguments) {
            return messages.getMessage(code, arguments, locale);
        }
    }
}
