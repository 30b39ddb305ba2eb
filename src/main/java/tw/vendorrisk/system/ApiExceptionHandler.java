package tw.vendorrisk.system;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import tw.vendorrisk.common.ForbiddenException;
import tw.vendorrisk.contract.ContractTooLargeException;
import tw.vendorrisk.contract.UnreadableContractException;
import tw.vendorrisk.register.RegisterException;

/**
 * Every refusal of {@code /api} as JSON: {@code {"status":400,"message":"…","errors":[{"field":"taxId","message":"…"}]}}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

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
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String message = "Invalid request: " + errors.stream()
                .map(error -> error.field() + " " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("see errors");
        return ApiError.of(HttpStatus.BAD_REQUEST, message, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return ApiError.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this resource: "
                + (detail == null ? "unreadable" : detail.lines().findFirst().orElse(detail)), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value '"
                + e.getValue() + "'.", List.of(new FieldError(e.getName(), "invalid value")));
    }

    @ExceptionHandler(RegisterException.class)
    ResponseEntity<ApiError> register(RegisterException e) {
        HttpStatus status = switch (e.getKind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        List<FieldError> errors = e.getField() == null ? List.of() : List.of(new FieldError(e.getField(), e.getMessage()));
        return ApiError.of(status, e.getMessage(), errors);
    }

    @ExceptionHandler(ContractTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(ContractTooLargeException e) {
        return ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage(), List.of(new FieldError("file", e.getMessage())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> uploadTooLarge(MaxUploadSizeExceededException e) {
        String message = "The upload is larger than the 10 MB a contract may have.";
        return ApiError.of(HttpStatus.PAYLOAD_TOO_LARGE, message, List.of(new FieldError("file", message)));
    }

    @ExceptionHandler(UnreadableContractException.class)
    ResponseEntity<ApiError> unreadableContract(UnreadableContractException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of(new FieldError("file", e.getMessage())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, "The request has no part '" + e.getRequestPartName()
                + "': send the contract as multipart 'file' or as a text/plain body.",
                List.of(new FieldError(e.getRequestPartName(), "missing")));
    }

    @ExceptionHandler(BadUserRequestException.class)
    ResponseEntity<ApiError> badRequest(BadUserRequestException e) {
        return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    ResponseEntity<ApiError> forbidden(RuntimeException e) {
        return ApiError.of(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }
}
