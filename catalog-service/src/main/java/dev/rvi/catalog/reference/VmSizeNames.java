package dev.rvi.catalog.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a VM size's name says about it, by Azure's naming convention ({@code Standard_<family><vCPUs>...}, as in
 * Standard_D4s_v5, Standard_E64-16ds_v4, Standard_NC24ads_A100_v4): the vCPU count of sizes the bundled size
 * table does not list. A constrained-core size counts the vCPUs its name starts with (64 for E64-16ds_v4).
 */
public final class VmSizeNames {
  private static final Pattern CORES = Pattern.compile("(?i)^(?:standard|basic)_[a-z]+(\\d+)");

  private VmSizeNames() {}

  /** The vCPU count the name gives, or null when it gives none. */
  public static Integer cores(String armSkuName) {
    Matcher m = CORES.matcher(armSkuName);
    if (!m.find() || m.group(1).length() > 4) {
      return null;
    }
    return Integer.parseInt(m.group(1));
  }
}
