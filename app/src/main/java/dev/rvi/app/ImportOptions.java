package dev.rvi.app;

import java.nio.file.Path;
import java.util.List;

/** What {@code import-prices} and {@code import-usage} were given: the files, and for usage its customer and subscription. */
record ImportOptions(Path dataDir, List<Path> files, String customer, String subscription) {}
