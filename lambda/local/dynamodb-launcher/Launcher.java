/*
 * Starts DynamoDB Local from its own classes, listening on 127.0.0.1 only: DynamoDB Local has no
 * bind-address option and listens on every interface. It takes DynamoDB Local's own command-line
 * arguments (-port, -inMemory, -dbPath, -sharedDb, ...). Java 17 runs this single file directly:
 *   java -cp "DynamoDBLocal.jar:DynamoDBLocal_lib/*" -Djava.library.path=DynamoDBLocal_lib Launcher.java -port 8000 -inMemory
 */

import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class Launcher {
  /** The only address the server accepts connections on. */
  static final String LOOPBACK = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server server = jettyServerOf(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    for (Connector connector : connectors) {
      // Set before start: the connector then opens its socket on the loopback address only.
      ((ServerConnector) connector).setHost(LOOPBACK);
    }
    proxy.start();
    if (!server.isStarted()) {
      System.exit(1);
    }
    System.out.println("DynamoDB Local listening on " + LOOPBACK);
    proxy.join();
  }

  /** The Jetty server inside DynamoDB Local's proxy (a private field: there is no accessor). */
  static Server jettyServerOf(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    return (Server) field.get(proxy);
  }
}
