package dev.rvi.domain.bus;

import dev.rvi.domain.json.ContractJson;

/** The contract's records on the wire; a {@link Document} travels as the text it is, never parsed. */
final class ContractCodec {
  private ContractCodec() {}

  static String encode(Object value) {
    return value instanceof Document document ? document.json() : ContractJson.encode(value);
  }

  static <T> T decode(String text, Class<T> type) {
    return type == Document.class ? type.cast(new Document(text == null ? "" : text)) : ContractJson.decode(text, type);
  }
}
