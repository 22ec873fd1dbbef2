package dev.rvi.catalog.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VmSizeNamesTest {
  @Test
  void theVcpuCountComesFromTheName() {
    assertEquals(4, VmSizeNames.cores("Standard_D4s_v5"));
    assertEquals(64, VmSizeNames.cores("Standard_E64-16ds_v4"));
    assertEquals(24, VmSizeNames.cores("Standard_NC24ads_A100_v4"));
    assertEquals(1, VmSizeNames.cores("Standard_B1ls"));
    assertEquals(416, VmSizeNames.cores("Standard_M416ms_v2"));
    assertNull(VmSizeNames.cores("azure_managed_redis_balanced_b10"), "not a VM size");
    assertNull(VmSizeNames.cores("Standard_Unknown"), "a name with no count gives none");
  }
}
