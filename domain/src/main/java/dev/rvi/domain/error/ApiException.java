package dev.rvi.domain.error;

/** Thrown where a rule refuses a request; turned into an HTTP error at the edge. */
public final class ApiException extends RuntimeException {
  private final ApiError error;

  public ApiException(ApiError error) {
    super(error.description(), null, false, false);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
