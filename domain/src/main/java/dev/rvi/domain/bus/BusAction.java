package dev.rvi.domain.bus;

/**
 * One action of the bus contract, declared once: the address it goes to, its name (the {@code action}
 * header), the record it takes and the record it answers. {@link BusClient#ask} sends through it and
 * {@link ServiceVerticle} registers through it, so which record goes with which action is written down, not
 * a convention, and a reply is decoded into its record, never read by string key.
 */
public record BusAction<Q, R>(String address, String name, Class<Q> request, Class<R> reply) {

  public static <Q, R> BusAction<Q, R> of(String address, String name, Class<Q> request, Class<R> reply) {
    return new BusAction<>(address, name, request, reply);
  }

  /** The same action sent to another address (a node's own, such as the one holding a price-sheet load). */
  public BusAction<Q, R> at(String otherAddress) {
    return new BusAction<>(otherAddress, name, request, reply);
  }
}
