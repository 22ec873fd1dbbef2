package dev.rvi.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} options, and the positional arguments between them. */
final class Args {
  final Map<String, String> options = new HashMap<>();
  final List<String> positional = new ArrayList<>();

  static Args parse(String[] argv, int from, Set<String> flags, Set<String> valued) {
    Args args = new Args();
    for (int i = from; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("--")) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq > 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          args.options.put(name, "true");
        } else if (valued.contains(name)) {
          if (value == null) {
            if (i + 1 >= argv.length) {
              throw new IllegalArgumentException("--" + name + " needs a value");
            }
            value = argv[++i];
          }
          args.options.put(name, value);
        } else {
          throw new IllegalArgumentException("unknown option --" + name);
        }
      } else {
        args.positional.add(a);
      }
    }
    return args;
  }

  String get(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
