package dev.rvi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rvi.domain.bus.BusAction;
import dev.rvi.domain.service.ServiceModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which services each service asks (recorded in its module, {@link ServiceModule#asks()}) is what its code asks, and
 * that graph has no cycle: no service asks back one that is asking it. What a service sends through its outbox
 * ({@link ServiceModule#tells()}) is not an ask: it is delivered later, and retried, by a relay.
 */
class AskGraphTest {
  private static final JavaClasses CODE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
      .importPackages("dev.rvi");

  @Test
  void eachServiceRecordsWhatItsCodeAsks() throws Exception {
    for (ServiceModule module : Platform.allServices()) {
      Set<String> asked = new TreeSet<>();
      Set<String> told = new TreeSet<>();
      String root = module.getClass().getPackageName();
      for (JavaClass type : CODE) {
        if (!type.getPackageName().equals(root) && !type.getPackageName().startsWith(root + ".")) {
          continue;
        }
        boolean relay = type.getPackageName().endsWith(".outbox");
        for (String address : addressesAsked(type)) {
          if (!address.equals(module.address())) {
            (relay ? told : asked).add(address);
          }
        }
      }
      assertEquals(new TreeSet<>(module.asks()), asked, module.address() + " asks what its module records");
      assertTrue(module.tells().containsAll(told), () -> module.address() + " records every service its outbox tells: " + told);
    }
  }

  @Test
  void theAskGraphHasNoCycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    Platform.allServices().forEach(m -> graph.put(m.address(), m.asks()));
    assertEquals(List.of(), cycle(graph), "a cycle in the services' asks");
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertEquals(3, cycle(graph).size() - 1, "a → b → c → a");
    assertEquals(List.of(), cycle(Map.of("a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of())));
  }

  /** The first cycle found (its first node repeated at the end), or an empty list. */
  static List<String> cycle(Map<String, Set<String>> graph) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      List<String> path = new ArrayList<>();
      List<String> found = visit(start, graph, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
    Integer seen = state.get(node);
    if (seen != null && seen == 2) {
      return List.of();
    }
    if (seen != null) {
      List<String> loop = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      loop.add(node);
      return loop;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
      List<String> found = visit(next, graph, state, path);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
    return List.of();
  }

  /** The addresses of the contract actions a class reads (each ask names one). */
  private static Set<String> addressesAsked(JavaClass type) throws ReflectiveOperationException {
    Set<String> out = new TreeSet<>();
    for (JavaFieldAccess access : type.getFieldAccessesFromSelf()) {
      String owner = access.getTarget().getOwner().getFullName();
      if (owner.startsWith("dev.rvi.domain.") && owner.endsWith("Contract")) {
        Object value = Class.forName(owner).getField(access.getTarget().getName()).get(null);
        if (value instanceof BusAction<?, ?> action) {
          out.add(action.address());
        }
      }
    }
    return out;
  }
}
