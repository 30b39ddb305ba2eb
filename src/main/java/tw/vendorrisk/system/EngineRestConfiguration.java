package tw.vendorrisk.system;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import tw.vendorrisk.common.ForbiddenException;

/**
 * The engine REST API as the starter configures it, with three changes:
 * <ul>
 * <li>a start or a task completion refused for bad input answers 4xx with the engine's message, not
 * 500 — 400 when a process step refuses the input ({@link BadUserRequestException}, e.g. an unknown
 * vendor or an invalid variable) or when a variable is a Java-serialized object (refused by
 * {@code java-serialization-format-enabled: false}), 404 when the task is gone (e.g. completed twice);</li>
 * <li>a command the application's engine policies refuse for the user ({@link ForbiddenException}, e.g.
 * {@link TaskNotePolicy}) answers 403, as the engine's own authorization refusals do, with the same
 * {@code type}.</li>
 * <li>a body that is not JSON, or a value of the wrong type, is 400 with a message naming the field and
 * the problem in the caller's language (Camunda's own mappers answer an empty message).</li>
 * </ul>
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    /** The mappers this class adds to Camunda's, also for the engine API behind the webapps. */
    static final List<Class<?>> MAPPERS = List.of(BadInputAsBadRequest.class, RefusalAsForbidden.class, JsonSyntaxAsBadRequest.class,
            JsonValueAsBadRequest.class, JsonNumberAsBadRequest.class);

    @Override
    protected void registerAdditionalResources() {
        MAPPERS.forEach(this::register);
    }

    /**
     * 403 for a refusal of the application's engine policies. It is not one of the engine's exceptions
     * on purpose: engine REST catches those around some commands (comments, attachments) and answers
     * 400 or 404 instead.
     */
    @Priority(1)
    public static class RefusalAsForbidden implements ExceptionMapper<ForbiddenException> {

        @Override
        public Response toResponse(ForbiddenException exception) {
            ExceptionDto dto = new ExceptionDto();
            dto.setType(AuthorizationException.class.getSimpleName());
            dto.setMessage(exception.getMessage());
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
        }
    }

    @Priority(1)
    public static class BadInputAsBadRequest implements ExceptionMapper<RestException> {

        /** The engine's message when a variable uses the Java serialization format, which is switched off. */
        static final String JAVA_SERIALIZATION_PROHIBITED = "Java serialization format is prohibited";

        @Override
        public Response toResponse(RestException exception) {
            Throwable cause = userError(exception);
            if (exception.getStatus() != Response.Status.INTERNAL_SERVER_ERROR || cause == null) {
                return ExceptionHandlerHelper.getInstance().getResponse(exception);
            }
            ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(exception);
            dto.setType(cause.getClass().getSimpleName());
            Response.Status status = cause instanceof NullValueException ? Response.Status.NOT_FOUND
                    : Response.Status.BAD_REQUEST;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
        }

        private static Throwable userError(Throwable exception) {
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadUserRequestException
                        || cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find")
                        || cause instanceof ProcessEngineException
                                && String.valueOf(cause.getMessage()).contains(JAVA_SERIALIZATION_PROHIBITED)) {
                    return cause;
                }
            }
            return null;
        }
    }

    /**
     * A body that is not JSON or does not fit the request: {@code {"type":"InvalidRequestException","message":"…"}}
     * with the field, the position or the expected type in words. Jackson's own message names Java types.
     */
    abstract static class MalformedJsonAsBadRequest<E extends JsonProcessingException> implements ExceptionMapper<E> {

        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(E exception) {
            String language = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
            String message = JsonProblem.of(exception, Languages.MESSAGES, Languages.of(language)).message();
            return ExceptionHandlerHelper.getInstance()
                    .getResponse(new InvalidRequestException(Response.Status.BAD_REQUEST, message));
        }
    }

    /** Replaces Camunda's {@code JsonParseExceptionHandler} and Jersey's own mapper. */
    @Priority(1)
    public static class JsonSyntaxAsBadRequest extends MalformedJsonAsBadRequest<JsonParseException> {
    }

    /** Replaces Camunda's {@code JsonMappingExceptionHandler}, which answers an empty message. */
    @Priority(1)
    public static class JsonValueAsBadRequest extends MalformedJsonAsBadRequest<JsonMappingException> {
    }

    /** A number too large for its field, which would otherwise be a 500. */
    @Priority(1)
    public static class JsonNumberAsBadRequest extends MalformedJsonAsBadRequest<InputCoercionException> {
    }
}
