package io.moduleregistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP forwarder in front of the test database, so a test can take the database "down"
 * (close every connection and stop listening) and bring it back on the same port, or swallow the
 * server's answers ({@link #dropResponses()}) so that a request reaches the server and its answer
 * never reaches the client: the connection dies after the statement was sent.
 */
final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private volatile boolean dropResponses;

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
    start();
  }

  int port() {
    return port;
  }

  synchronized void start() throws IOException {
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = s;
    Thread acceptor = new Thread(() -> accept(s), "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** From now on, bytes from the server are read and thrown away; requests still reach it. */
  void dropResponses() {
    dropResponses = true;
  }

  synchronized void stop() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    sockets.clear();
    // Only now: reset first, a pump thread could still forward an answer it was meant to drop.
    dropResponses = false;
  }

  @Override
  public void close() throws IOException {
    stop();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        synchronized (this) { // a client accepted just as stop() ran must not outlive it
          sockets.add(client);
          sockets.add(upstream);
          if (s.isClosed()) {
            client.close();
            upstream.close();
            return;
          }
        }
        pipe(client, upstream, false);
        pipe(upstream, client, true);
      } catch (IOException e) {
        return; // closed by stop()
      }
    }
  }

  private void pipe(Socket from, Socket to, boolean responses) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (responses && dropResponses) {
            continue;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // one side closed: close the other
      } finally {
        try {
          to.close();
        } catch (IOException ignored) {
          // already closed
        }
      }
    }, "tcp-proxy-pipe");
    t.setDaemon(true);
    t.start();
  }
}
