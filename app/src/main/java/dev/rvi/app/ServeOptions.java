package dev.rvi.app;

import java.nio.file.Path;

/** What {@code serve} was given: each option typed as picocli read it; null where the environment or a default decides. */
record ServeOptions(Path dataDir, Integer httpPort, String host, boolean testClock, boolean noDemo) {}
