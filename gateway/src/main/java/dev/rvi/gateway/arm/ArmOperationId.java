package dev.rvi.gateway.arm;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a finished long-running operation whose result is a list of reservations (a split's parts, a merge's
 * result): the reservations' ids themselves, each UUID in 22 characters, so any gateway of a cluster answers it and
 * reading it checks the caller against each reservation, as a read of the reservation would.
 */
public final class ArmOperationId {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}(\\.[A-Za-z0-9_-]{22}){0,4}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private ArmOperationId() {}

  /** The operation's id, when every id is a UUID and there are at most five of them. */
  public static Optional<String> of(List<String> reservationIds) {
    if (reservationIds.isEmpty() || reservationIds.size() > 5) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String id : reservationIds) {
      UUID uuid;
      try {
        uuid = UUID.fromString(id);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (!uuid.toString().equals(id)) {
        return Optional.empty();
      }
      ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
      parts.add(ENCODER.encodeToString(bytes.array()));
    }
    return Optional.of(String.join(".", parts));
  }

  /** The reservation ids an operation id names; empty when it is not one of ours. */
  public static List<String> reservations(String operationId) {
    if (operationId == null || !TOKEN.matcher(operationId).matches()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (String part : operationId.split("\\.")) {
      ByteBuffer bytes = ByteBuffer.wrap(DECODER.decode(part));
      ids.add(new UUID(bytes.getLong(), bytes.getLong()).toString());
    }
    return ids;
  }
}
