package diplograph.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with a Bolt connector, for diplograph's local development
 * database.
 *
 * <p>Flags: {@code --port N} (Bolt port on 127.0.0.1, default 7687), {@code --data DIR} (data
 * directory, default ./.neo4j/data), {@code --log FILE} (Neo4j's log, default neo4j.log next to
 * the data directory), {@code --pagecache SIZE} (default 64m). Authentication is disabled and
 * transaction-log preallocation is off. Once the DBMS and its default database ({@code neo4j},
 * the only user database of Community edition) are available, one line is printed on standard
 * output: {@code diplograph-neo4j ready bolt://127.0.0.1:PORT}. SIGTERM (or Ctrl-C) shuts the
 * DBMS down cleanly through a shutdown hook.
 */
public final class Launcher {
    /** Prefix of the readiness line printed on standard output. */
    public static final String READY = "diplograph-neo4j ready";

    private Launcher() {}

    public static void main(String[] args) {
        int port = 7687;
        Path data = Path.of(".neo4j", "data");
        Path log = null;
        String pagecache = "64m";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--port" -> { port = Integer.parseInt(need(a, v)); i++; }
                case "--data" -> { data = Path.of(need(a, v)); i++; }
                case "--log" -> { log = Path.of(need(a, v)); i++; }
                case "--pagecache" -> { pagecache = need(a, v); i++; }
                case "-h", "--help" -> {
                    System.out.println("usage: Launcher [--port 7687] [--data .neo4j/data] [--log FILE] [--pagecache 64m]");
                    return;
                }
                default -> fail("unknown argument " + a, null);
            }
        }
        data = data.toAbsolutePath().normalize();
        Path home = data.getParent() != null ? data.getParent() : data;
        if (log == null) {
            log = home.resolve("neo4j.log");
        }
        log = log.toAbsolutePath().normalize();
        try {
            run(port, data, home, log, pagecache);
        } catch (Throwable t) {
            fail("failed to start: " + t, t);
        }
    }

    private static void run(int port, Path data, Path home, Path log, String pagecache) throws IOException, InterruptedException {
        Files.createDirectories(data);
        Files.createDirectories(log.toAbsolutePath().getParent());
        OutputStream logOut = new FileOutputStream(log.toFile(), true);
        PrintStream logPrint = new PrintStream(logOut, true, "UTF-8");
        Log4jLogProvider userLog = new Log4jLogProvider(logOut, Level.INFO);

        Map<Setting<?>, Object> cfg = new HashMap<>();
        cfg.put(GraphDatabaseSettings.data_directory, data);
        cfg.put(GraphDatabaseSettings.logs_directory, home.resolve("logs"));
        cfg.put(GraphDatabaseSettings.auth_enabled, false);
        cfg.put(GraphDatabaseSettings.pagecache_memory, parseSize(pagecache));
        cfg.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        cfg.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        cfg.put(GraphDatabaseSettings.udc_enabled, false);
        cfg.put(BoltConnector.enabled, true);
        cfg.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        cfg.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
        cfg.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        // Without these, stopping the Bolt server waits 2 x 5 s even when no client is connected.
        cfg.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
        cfg.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));

        Instant t0 = Instant.now();
        logPrint.println(t0 + " diplograph-neo4j starting: bolt 127.0.0.1:" + port + ", data " + data);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(cfg)
                .setUserLogProvider(userLog)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            logPrint.println(Instant.now() + " diplograph-neo4j stopping");
            try {
                dbms.shutdown();
            } catch (Throwable t) {
                t.printStackTrace(logPrint);
            }
            logPrint.println(Instant.now() + " diplograph-neo4j stopped");
            stopped.countDown();
        }, "diplograph-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        while (!db.isAvailable(1000)) {
            if (stopped.getCount() == 0) {
                return;
            }
        }
        String ready = READY + " bolt://127.0.0.1:" + port;
        logPrint.println(Instant.now() + " " + ready + " (" + Duration.between(t0, Instant.now()).toMillis() + " ms)");
        System.out.println(ready);
        System.out.flush();
        // Keep the main thread alive until the shutdown hook has run.
        while (!stopped.await(1, TimeUnit.HOURS)) {
            // wait
        }
    }

    /** Parses sizes such as 64m, 1g, 512k or a number of bytes. */
    static long parseSize(String s) {
        String t = s.trim().toLowerCase();
        long mul = 1;
        if (t.endsWith("k")) { mul = 1L << 10; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { mul = 1L << 20; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("g")) { mul = 1L << 30; t = t.substring(0, t.length() - 1); }
        return Long.parseLong(t) * mul;
    }

    private static String need(String flag, String v) {
        if (v == null) {
            fail(flag + " needs a value", null);
        }
        return v;
    }

    private static void fail(String msg, Throwable t) {
        System.err.println("diplograph-neo4j: " + msg);
        if (t != null) {
            t.printStackTrace(System.err);
        }
        System.exit(1);
    }
}
