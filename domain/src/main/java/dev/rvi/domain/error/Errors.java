package dev.rvi.domain.error;

/** Short-hands for the refusals every service needs. */
public final class Errors {
  private Errors() {}

  public static ApiException badRequest(String source, String description) {
    return ApiError.of(400, ErrorCode.BAD_REQUEST, description, source).exception();
  }

  public static ApiException notFound(String source, String description) {
    return ApiError.of(404, ErrorCode.NOT_FOUND, description, source).exception();
  }

  public static ApiException conflict(String source, String description) {
    return ApiError.of(409, ErrorCode.CONFLICT, description, source).exception();
  }
}
