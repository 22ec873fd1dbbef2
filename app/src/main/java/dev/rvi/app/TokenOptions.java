package dev.rvi.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What {@code token} was given: the tenant, its roles, the user (null: {@code <tenant>-user}) and the lifetime. */
record TokenOptions(Path dataDir, String partner, List<String> roles, String user, Duration ttl) {}
