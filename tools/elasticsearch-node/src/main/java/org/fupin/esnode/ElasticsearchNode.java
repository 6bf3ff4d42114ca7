package org.fupin.esnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.carrotsearch.randomizedtesting.RandomizedRunner;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakScope;
import com.carrotsearch.randomizedtesting.annotations.Timeout;
import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.node.MockNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.junit.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.RunWith;

/**
 * Runs one Elasticsearch node on 127.0.0.1 until the process is stopped.
 *
 * <p>Built from Maven Central only: the server jar, the netty4 HTTP/transport module and {@link MockNode},
 * the test framework's way to start a node with plugins loaded from the classpath. The server asks the
 * test framework's random context for its node id whenever that framework is on the classpath, so the
 * node runs inside {@link RandomizedRunner} as a single never-ending "test". Security (x-pack) is not
 * part of the server jar: the node answers plain HTTP without credentials, for development and CI on
 * loopback, never for a network.
 *
 * <p>Arguments: {@code <home> [http port]}. The node keeps its data under {@code <home>/data}; the
 * caller (the project's Makefile) chooses a temporary folder and removes it afterwards.
 */
@RunWith(RandomizedRunner.class)
@ThreadLeakScope(ThreadLeakScope.Scope.NONE)
@TimeoutSuite(millis = Integer.MAX_VALUE)
public class ElasticsearchNode {

    private static final String HOME = "fupin.esnode.home";
    private static final String PORT = "fupin.esnode.port";

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ElasticsearchNode <home> [http port]");
            System.exit(2);
        }
        System.setProperty(HOME, Path.of(args[0]).toAbsolutePath().toString());
        System.setProperty(PORT, args.length > 1 ? args[1] : "9200");
        Result result = new JUnitCore().run(ElasticsearchNode.class);
        result.getFailures().forEach(failure -> System.err.println(failure.getTrace()));
        System.exit(result.wasSuccessful() ? 0 : 1);
    }

    @Test
    @Timeout(millis = Integer.MAX_VALUE)
    public void serve() throws Exception {
        Path home = Path.of(System.getProperty(HOME));
        String port = System.getProperty(PORT);
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
            .put("cluster.name", "fupin-dev")
            .put("node.name", "fupin-node-1")
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", "9300-9399")
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("discovery.type", "single-node")
            // A development node on a shared disk: do not turn indexes read-only when the disk fills up.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        // Elasticsearch's logging on the console, without a log4j2.properties file to ship.
        LogConfigurator.configureESLogging();
        LogConfigurator.configureWithoutConfig(settings);

        Node node = new MockNode(settings, List.of(Netty4Plugin.class), home.resolve("config"), true, () -> {});
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "elasticsearch-node-shutdown"));
        node.start();
        System.out.println("elasticsearch node started on http://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
