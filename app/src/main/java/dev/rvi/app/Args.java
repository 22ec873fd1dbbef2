package dev.rvi.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A command's {@code --name value} and {@code --flag} options, and its positional arguments, as {@link Cli} read them. */
final class Args {
  final Map<String, String> options = new HashMap<>();
  final List<String> positional = new ArrayList<>();

  /** The options a command line parser has already read (name without dashes → value; flags as "true"; none null). */
  static Args of(Map<String, String> options, List<String> positional) {
    Args args = new Args();
    args.options.putAll(options);
    args.positional.addAll(positional);
    return args;
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
