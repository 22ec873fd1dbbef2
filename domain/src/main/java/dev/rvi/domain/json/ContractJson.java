package dev.rvi.domain.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * How the typed bus contract's records travel: every field written, nulls included, so that a field that
 * is missing on arrival is a mistake and fails. A field the reader does not know fails too when
 * {@code rvi.contract.strict} is set (the test suite sets it); in production it is skipped, so nodes of two
 * versions can talk during a rolling upgrade.
 */
public final class ContractJson {
  private ContractJson() {}

  static final boolean STRICT = Boolean.getBoolean("rvi.contract.strict");
  private static final ObjectMapper MAPPER = Jsons.MAPPER.copy()
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, STRICT);

  public static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record, or an {@link IllegalArgumentException} that says which field is wrong. */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
