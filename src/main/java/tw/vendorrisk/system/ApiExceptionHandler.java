package tw.vendorrisk.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.core.JsonProcessingException;

import tw.vendorrisk.common.ForbiddenException;
import tw.vendorrisk.common.Translatable;
import tw.vendorrisk.contract.ContractTooLargeException;
import tw.vendorrisk.contract.UnreadableContractException;
import tw.vendorrisk.register.RegisterException;

/**
 * Every refusal of {@code /api} as JSON: {@code {"status":400,"message":"…","errors":[{"field":"taxId","message":"…"}]}}.
 * The message names the field and the problem in words, in the caller's language ({@link Languages}):
 * the texts are in {@code messages.properties} and {@code messages_zh_TW.properties}, those of bean
 * validation included. Java type names and method signatures are never shown.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldError(String field, String message) {
    }

    record ApiError(int status, String message, List<FieldError> errors) {
        static ResponseEntity<ApiError> of(HttpStatus status, String message, List<FieldError> errors) {
            // JSON even for a client that accepts only text/csv: an error is not a representation of the resource
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(status.value(), message, errors));
        }
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        // the field messages come from the validator, in the request's language
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String problems = errors.isEmpty() ? text("api.invalid.seeErrors") : errors.stream()
                .map(error -> text("api.field", error.field(), error.message()))
                .collect(Collectors.joining(text("api.separator")));
        return ApiError.of(HttpStatus.BAD_REQUEST, text("api.invalid", problems), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            JsonProblem problem = JsonProblem.of(json, messages, locale());
            return ApiError.of(HttpStatus.BAD_REQUEST, problem.message(), problem.field() == null ? List.of()
                    : List.of(new FieldError(problem.field(), problem.problem())));
        }
        // Spring's text names the controller method: not shown
        String message = e.getCause() == null ? text("api.body.missing") : text("api.body.unreadable");
        return ApiError.of(HttpStatus.BAD_REQUEST, message, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String problem = text(JsonProblem.expected(e.getRequiredType()), JsonProblem.constants(e.getRequiredType()));
        return ApiError.of(HttpStatus.BAD_REQUEST, text("api.parameter.invalid", e.getName(),
                String.valueOf(e.getValue()), problem), List.of(new FieldError(e.getName(), problem)));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(", "));
        return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("api.mediaType.unsupported",
                String.valueOf(e.getContentType()), supported), List.of());
    }

    @ExceptionHandler(RegisterException.class)
    ResponseEntity<ApiError> register(RegisterException e) {
        HttpStatus status = switch (e.getKind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        String message = translated(e);
        List<FieldError> errors = e.getField() == null ? List.of() : List.of(new FieldError(e.getField(), message));
        return ApiError.of(status, message, errors);
    }

    @ExceptionHandler(ContractTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(ContractTooLargeException e) {
        return ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), List.of(new FieldError("file", e.getMessage())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        String message = text("api.upload.tooLarge");
        return ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldError("file", message)));
    }

    @ExceptionHandler(UnreadableContractException.class)
    ResponseEntity<ApiError> unreadableContract(UnreadableContractException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldError("file", e.getMessage())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, text("api.part.missing", e.getRequestPartName()),
                List.of(new FieldError(e.getRequestPartName(), text("api.missing"))));
    }

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<ApiError> badRequest(BadUserRequestException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, translated(e), List.of());
    }

    /** Jackson's exception, which may itself have a cause, such as a {@code DateTimeParseException}. */
    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    /** The exception's message in the caller's language, when it has a translation. */
    private String translated(RuntimeException e) {
        if (e instanceof Translatable translatable && translatable.messageCode() != null) {
            // no default here: Spring would format the English message as a pattern and drop its quotes
            String translation = messages.getMessage(translatable.messageCode(), translatable.messageArguments(), null,
                    locale());
            return translation != null ? translation : e.getMessage();
        }
        return e.getMessage();
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
