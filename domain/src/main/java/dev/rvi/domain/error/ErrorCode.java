package dev.rvi.domain.error;

/**
 * Error codes. Partner Center's own codes where it has one; otherwise the HTTP status itself, so a
 * client never has to guess what a code means.
 */
public final class ErrorCode {
  private ErrorCode() {}

  // Generic codes (HTTP status as code).
  public static final int BAD_REQUEST = 400;
  public static final int UNAUTHORIZED = 401;
  public static final int FORBIDDEN = 403;
  public static final int NOT_FOUND = 404;
  public static final int METHOD_NOT_ALLOWED = 405;
  public static final int CONFLICT = 409;
  public static final int REQUEST_TIMEOUT = 408;
  public static final int PAYLOAD_TOO_LARGE = 413;
  public static final int UNSUPPORTED_MEDIA_TYPE = 415;
  public static final int UNPROCESSABLE = 422;
  public static final int TOO_MANY_REQUESTS = 429;
  public static final int INTERNAL = 500;
  public static final int UNAVAILABLE = 503;
  public static final int TIMEOUT = 504;

  // Partner Center codes.
  public static final int CART_NOT_FOUND = 800008;
  public static final int CART_ITEM_ERRORS = 800009;
  public static final int NOT_AN_AZURE_SUBSCRIPTION = 800011;
  public static final int SUBSCRIPTION_NOT_ACTIVE = 800012;
  public static final int NOT_ENABLED_FOR_RI = 800013;
  public static final int MPN_ID_NOT_FOUND = 800015;
  public static final int NOT_AN_INDIRECT_RESELLER = 800016;
  public static final int QUANTITY_NOT_AVAILABLE = 800017;
  public static final int SUBSCRIPTION_NOT_REGISTERED = 800030;
  public static final int CART_BEING_PROCESSED = 800064;
  public static final int CART_ALREADY_SUBMITTED = 800065;
  public static final int PROVIDER_OWN_MPN_ID = 2072;
  public static final int RESERVATIONS_DO_NOT_TRANSFER = 900145;
}
