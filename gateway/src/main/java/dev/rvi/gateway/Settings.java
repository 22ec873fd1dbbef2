package dev.rvi.gateway;

import java.util.Map;

/** Reads numeric settings from the environment, naming the variable when its value is not a number. */
public final class Settings {
  private Settings() {}

  public static int integer(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed < 0) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number of 0 or more, not '" + value + "'");
    }
  }
}
