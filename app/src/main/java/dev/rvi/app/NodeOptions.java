package dev.rvi.app;

import java.nio.file.Path;
import java.util.List;

/** What {@code node} was given: its roles and how it joins the cluster; null where the environment or a default decides. */
record NodeOptions(Path dataDir, List<String> roles, Integer httpPort, String host, String clusterHost, Integer memberPort,
                   Integer busPort, String members, String clusterName, Integer instances, Path clusterCert, Path clusterKey,
                   Path clusterCa, Path clusterSecret, boolean testClock) {}
