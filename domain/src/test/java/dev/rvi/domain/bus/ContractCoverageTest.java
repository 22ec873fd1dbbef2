package dev.rvi.domain.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rvi.domain.billing.BillingAction;
import dev.rvi.domain.billing.BillingContract;
import dev.rvi.domain.catalog.CatalogAction;
import dev.rvi.domain.catalog.CatalogContract;
import dev.rvi.domain.notification.NotificationAction;
import dev.rvi.domain.notification.NotificationContract;
import dev.rvi.domain.order.OrderAction;
import dev.rvi.domain.order.OrderContract;
import dev.rvi.domain.directory.DirectoryAction;
import dev.rvi.domain.directory.DirectoryContract;
import dev.rvi.domain.support.SupportAction;
import dev.rvi.domain.support.SupportContract;
import dev.rvi.domain.usage.UsageAction;
import dev.rvi.domain.usage.UsageContract;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every action of every service is declared once in a contract, with records for both ways. */
class ContractCoverageTest {
  private static final Class<?>[] CONTRACTS = {OrderContract.class, DirectoryContract.class, SupportContract.class, UsageContract.class,
      CatalogContract.class, BillingContract.class, NotificationContract.class};

  private static Map<String, BusAction<?, ?>> declared() throws IllegalAccessException {
    Map<String, BusAction<?, ?>> out = new HashMap<>();
    for (Class<?> contract : CONTRACTS) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == BusAction.class) {
          BusAction<?, ?> action = (BusAction<?, ?>) field.get(null);
          BusAction<?, ?> before = out.put(action.address() + " " + action.name(), action);
          assertTrue(before == null, action.name() + " is declared twice");
          assertEquals(field.getName(), action.name(), "a declaration is named after its action");
        }
      }
    }
    return out;
  }

  @Test
  void everyActionIsDeclaredWithItsRecords() throws Exception {
    Map<String, BusAction<?, ?>> declared = declared();
    Set<String> missing = new HashSet<>();
    check(declared, Address.ORDER, OrderAction.values(), missing);
    check(declared, Address.DIRECTORY, DirectoryAction.values(), missing);
    check(declared, Address.CATALOG, CatalogAction.values(), missing);
    check(declared, Address.BILLING, BillingAction.values(), missing);
    check(declared, Address.SUPPORT, SupportAction.values(), missing);
    check(declared, Address.USAGE, UsageAction.values(), missing);
    check(declared, Address.NOTIFICATION, NotificationAction.values(), missing);
    // Bulk bytes travel as the message body, never escaped into a string: a usage file, the parts of a price-sheet page.
    assertEquals(Set.of(Address.USAGE + " " + UsageAction.INGEST.name(), Address.CATALOG + " " + CatalogAction.PRICE_LOAD_CHUNK.name()), missing);
    for (BusAction<?, ?> action : declared.values()) {
      assertTrue(action.request().isRecord(), action.name() + " takes a record");
      assertTrue(action.reply().isRecord(), action.name() + " answers a record");
    }
  }

  /** A service's contract declares only what that service answers: what it asks others sits in theirs. */
  @Test
  void eachContractDeclaresOnlyItsOwnServicesActions() throws Exception {
    Map<Class<?>, String> owner = Map.of(OrderContract.class, Address.ORDER, DirectoryContract.class, Address.DIRECTORY,
        SupportContract.class, Address.SUPPORT, UsageContract.class, Address.USAGE, CatalogContract.class, Address.CATALOG,
        BillingContract.class, Address.BILLING, NotificationContract.class, Address.NOTIFICATION);
    for (Class<?> contract : CONTRACTS) {
      for (Field field : contract.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == BusAction.class) {
          assertEquals(owner.get(contract), ((BusAction<?, ?>) field.get(null)).address(), contract.getSimpleName() + "." + field.getName());
        }
      }
    }
  }

  private static void check(Map<String, BusAction<?, ?>> declared, String address, Enum<?>[] actions, Set<String> missing) {
    for (Enum<?> action : actions) {
      if (!declared.containsKey(address + " " + action.name())) {
        missing.add(address + " " + action.name());
      }
    }
  }
}
