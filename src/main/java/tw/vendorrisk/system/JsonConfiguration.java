package tw.vendorrisk.system;

import java.io.IOException;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** The JSON of {@code /api}. Engine REST has an object mapper of its own and is not affected. */
@Configuration
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer wrongTypes() {
        return builder -> builder.postConfigurer(mapper -> mapper.addHandler(new WrongTypeKeepsTheValue()));
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
}
