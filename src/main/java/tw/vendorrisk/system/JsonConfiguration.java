package tw.vendorrisk.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * The JSON of {@code /api}: a date is a string {@code yyyy-MM-dd}, nothing else. Jackson's own reader
 * also takes a number as a count of days since 1970 ({@code 20270101} is the year 57467), an array
 * {@code [2027,1,1]} and an empty string as no date. Engine REST has an object mapper of its own and is
 * not affected.
 */
@Configuration
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictDates() {
        return builder -> builder.deserializerByType(LocalDate.class, new StrictDateDeserializer())
                .postConfigurer(mapper -> mapper.addHandler(new WrongTypeKeepsTheValue()));
    }

    /**
     * A value of the wrong type fails as it would, with the value kept in the exception
     * ({@link InvalidFormatException#getValue()}: the text, the number, or {@code START_OBJECT} /
     * {@code START_ARRAY}), so that the refusal can say what was sent ({@link JsonProblem}) after the
     * parser has been closed.
     */
    static final class WrongTypeKeepsTheValue extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
                JsonParser parser, String failureMessage) throws IOException {
            Object value = token == null ? null : switch (token) {
                case START_OBJECT, START_ARRAY -> token;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                case VALUE_STRING -> parser.getText();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                default -> null;
            };
            throw InvalidFormatException.from(parser, failureMessage, value, targetType.getRawClass());
        }
    }

    /** Reads only a JSON string with a date that exists, written {@code yyyy-MM-dd}. */
    static final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

        static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.YEAR, 4)
                .appendLiteral('-')
                .appendValue(ChronoField.MONTH_OF_YEAR, 2)
                .appendLiteral('-')
                .appendValue(ChronoField.DAY_OF_MONTH, 2)
                .toFormatter()
                .withResolverStyle(ResolverStyle.STRICT);

        StrictDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date yyyy-MM-dd");
            }
        }
    }
}
