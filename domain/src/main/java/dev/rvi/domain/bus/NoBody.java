package dev.rvi.domain.bus;

/** The request of an action that needs nothing but who asks. */
public record NoBody() {
  public static final NoBody INSTANCE = new NoBody();
}
