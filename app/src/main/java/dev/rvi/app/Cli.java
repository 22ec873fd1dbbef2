package dev.rvi.app;

import dev.rvi.gateway.ProductVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code serve}, {@code node}, {@code token}, {@code import-prices}, {@code import-usage}, each
 * with {@code --help} and {@code --version}. A bad option or setting is named on stderr and exits 2; a command that
 * cannot do its work says why in one sentence and exits 1.
 */
@Command(name = "app.jar", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Reserved VM Instances for CSP partners: the API, the dashboard and their services.",
    subcommands = {Cli.Serve.class, Cli.NodeCommand.class, Cli.Token.class, Cli.ImportPrices.class, Cli.ImportUsage.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Database: embedded Postgres under --data-dir, unless DATABASE_URL or PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD are set.",
        "Tokens: development keys in <data-dir>/keys, unless RVI_JWT_PUBLIC_KEY_FILE, RVI_JWT_JWKS_FILE or RVI_JWT_JWKS_URL is set.",
        "Every setting is in the README's Configuration table."})
final class Cli implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Runs the command line; answers the exit code (0 done, 1 failed, 2 a bad option, argument or setting). */
  static int execute(String... argv) {
    CommandLine line = new CommandLine(new Cli());
    // Every command answers --version, not only the top one.
    line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        cmd.getErr().println("error: " + e.getMessage());
        cmd.getErr().println("(see " + cmd.getCommandSpec().qualifiedName() + " --help)");
        return CommandLine.ExitCode.USAGE;
      }
      if (e instanceof Failure) {
        cmd.getErr().println(e.getMessage());
        return CommandLine.ExitCode.SOFTWARE;
      }
      throw e;
    });
    return line.execute(argv);
  }

  /** A command that could not do its work, said in one sentence for the person at the terminal: no stack trace, exit 1. */
  static final class Failure extends RuntimeException {
    Failure(String sentence) {
      super(sentence, null, false, false);
    }
  }

  /** The project's version, as the build wrote it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Reserved VM Instances " + ProductVersion.get()};
    }
  }

  /** A token's lifetime as people write it: 90s, 30m, 1h, 1d. */
  static final class Ttl implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String text) {
      return Main.ttl(text);
    }
  }

  /** What several commands take. */
  static class DataDir {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
        description = "where the embedded Postgres and the development keys live (default: ${DEFAULT-VALUE})")
    Path dataDir;

    Path dataDir() {
      return dataDir.toAbsolutePath().normalize();
    }
  }

  @Command(name = "serve", mixinStandardHelpOptions = true, description = "Start everything in one JVM, with the demo data unless --no-demo.")
  static final class Serve extends DataDir implements Callable<Integer> {
    @Option(names = "--http-port", paramLabel = "PORT", description = "the HTTP port (default: RVI_HTTP_PORT or 8080)")
    Integer httpPort;
    @Option(names = "--host", defaultValue = "0.0.0.0", description = "the address to listen on (default: ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--test-clock", description = "a clock the operator can move forward (POST /v1/admin/clock), for trials and tests")
    boolean testClock;
    @Option(names = "--no-demo", description = "start without the demo partners, customers and price sheet")
    boolean noDemo;

    @Override
    public Integer call() {
      Settings.check(Settings.env());
      Main.serve(new ServeOptions(dataDir(), httpPort, host, testClock, noDemo));
      return 0;
    }
  }

  @Command(name = "node", mixinStandardHelpOptions = true, description = "Start some parts as a node of a clustered event bus (Hazelcast).")
  static final class NodeCommand extends DataDir implements Callable<Integer> {
    @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
        description = "gateway, catalog, directory, order, support, billing, usage, notification (comma separated)")
    List<String> roles;
    @Option(names = "--http-port", paramLabel = "PORT", description = "the gateway's HTTP port (default: RVI_HTTP_PORT or 8080)")
    Integer httpPort;
    @Option(names = "--host", description = "the gateway's address (default: 0.0.0.0)")
    String host;
    @Option(names = "--cluster-host", description = "this node's address for the cluster (default: RVI_CLUSTER_HOST)")
    String clusterHost;
    @Option(names = "--member-port", description = "Hazelcast's port (default: RVI_CLUSTER_MEMBER_PORT or 5701)")
    Integer memberPort;
    @Option(names = "--bus-port", description = "the event bus's port (default: RVI_CLUSTER_BUS_PORT or 5801)")
    Integer busPort;
    @Option(names = "--members", description = "host:port of other members, comma separated (default: RVI_CLUSTER_MEMBERS)")
    String members;
    @Option(names = "--cluster-name", description = "the cluster's name (default: RVI_CLUSTER_NAME or rvi)")
    String clusterName;
    @Option(names = "--instances", description = "verticle instances per service (default: half the cores)")
    Integer instances;
    @Option(names = "--cluster-cert", paramLabel = "FILE", description = "this node's certificate, PEM (default: RVI_CLUSTER_TLS_CERT_FILE)")
    Path clusterCert;
    @Option(names = "--cluster-key", paramLabel = "FILE", description = "this node's private key, PEM (default: RVI_CLUSTER_TLS_KEY_FILE)")
    Path clusterKey;
    @Option(names = "--cluster-ca", paramLabel = "FILE", description = "the cluster's CA certificate, PEM (default: RVI_CLUSTER_TLS_CA_FILE)")
    Path clusterCa;
    @Option(names = "--cluster-secret", paramLabel = "FILE", description = "the cluster's secret (default: RVI_CLUSTER_SECRET_FILE)")
    Path clusterSecret;
    @Option(names = "--test-clock", description = "a movable clock (tests only)")
    boolean testClock;

    @Override
    public Integer call() {
      Settings.check(Settings.env());
      Node.start(new NodeOptions(dataDir(), roles, httpPort, host, clusterHost, memberPort, busPort, members, clusterName, instances,
          clusterCert, clusterKey, clusterCa, clusterSecret, testClock));
      return 0;
    }
  }

  @Command(name = "token", mixinStandardHelpOptions = true, description = "Mint a development token (with the development keys of --data-dir).")
  static final class Token extends DataDir implements Callable<Integer> {
    @Option(names = "--partner", required = true, paramLabel = "TENANT", description = "the tenant id (a partner's, or the operator's)")
    String partner;
    @Option(names = "--roles", defaultValue = "AdminAgent", split = ",", paramLabel = "ROLE", description = "comma separated (default: ${DEFAULT-VALUE})")
    List<String> roles;
    @Option(names = "--user", description = "the user id (default: <tenant>-user)")
    String user;
    @Option(names = "--ttl", defaultValue = "1h", converter = Ttl.class,
        description = "how long it is valid: 90s, 30m, 1h, 1d; at most RVI_JWT_MAX_LIFETIME_SECONDS (default: ${DEFAULT-VALUE})")
    Duration ttl;

    @Override
    public Integer call() {
      Settings.check(Settings.env());
      Main.token(new TokenOptions(dataDir(), partner, roles, user, ttl));
      return 0;
    }
  }

  @Command(name = "import-prices", mixinStandardHelpOptions = true,
      description = "Load price-sheet files (Azure Retail Prices pages) into the catalog, as one load: all or nothing.")
  static final class ImportPrices extends DataDir implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "pages of {\"Items\": [...]}")
    List<Path> files;

    @Override
    public Integer call() {
      Settings.check(Settings.env());
      return Main.importPrices(new ImportOptions(dataDir(), files, null, null));
    }
  }

  @Command(name = "import-usage", mixinStandardHelpOptions = true, description = "Store hourly VM usage of one subscription of a customer.")
  static final class ImportUsage extends DataDir implements Callable<Integer> {
    @Option(names = "--customer", required = true, description = "the customer's id")
    String customer;
    @Option(names = "--subscription", required = true, description = "the subscription's id")
    String subscription;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files of {\"items\": [...]}")
    List<Path> files;

    @Override
    public Integer call() {
      Settings.check(Settings.env());
      return Main.importUsage(new ImportOptions(dataDir(), files, customer, subscription));
    }
  }
}
