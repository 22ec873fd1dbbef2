package dev.rvi.domain.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The opaque token of the next page. Clients pass it back as they got it; a forged one is a 400. */
public final class ContinuationToken {
  private static final String PREFIX = "o1:";

  private ContinuationToken() {}

  public static String encode(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  public static Optional<Integer> decode(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        return Optional.empty();
      }
      int offset = Integer.parseInt(text.substring(PREFIX.length()));
      return offset >= 0 ? Optional.of(offset) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
