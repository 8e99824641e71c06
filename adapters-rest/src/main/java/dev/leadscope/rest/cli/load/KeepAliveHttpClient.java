package dev.leadscope.rest.cli.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.net.ssl.SSLSocketFactory;

/**
 * A lean HTTP/1.1 client for load generation: a fixed number of keep-alive connections, each worked by one thread
 * that writes a request and reads its answer, fed from one queue. Per request it allocates little and hands off
 * between threads once, so that the client's own CPU and collector pauses stay far below the service's on the cores
 * they share; answers are read for their status and {@code Retry-After} only.
 */
public final class KeepAliveHttpClient implements AutoCloseable {

    /** One request: {@code body} is sent as JSON, and is null for a request without a body. */
    public record Request(String method, String path, byte[] body) {
        public Request {
            if (method == null || method.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("a request needs a method and a path starting with '/': " + method + " " + path);
            }
        }

        /** A GET of {@code path}. */
        public static Request get(String path) {
            return new Request("GET", path, null);
        }

        /** A POST of a JSON body to {@code path}. */
        public static Request postJson(String path, String json) {
            return new Request("POST", path, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Receives how a request ended, on the connection's thread: a status (and any Retry-After), or the failure. */
    public interface Callback {
        void completed(int status, String retryAfter, Throwable failure);
    }

    record Job(Request request, Callback callback) {
    }

    private final BlockingQueue<Job> queue;
    private final List<HttpConnection> connections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    /**
     * Opens nothing yet: each connection connects when its first request comes.
     *
     * @param base        {@code http://host:port} or {@code https://host:port}
     * @param apiKey      sent as a bearer token, or null for none
     * @param connections how many keep-alive connections (and threads) serve the queue
     * @param capacity    requests that may wait for a connection; {@link #submit} blocks past that
     * @param timeout     how long a connection waits for an answer (or to connect) before the request fails
     */
    public KeepAliveHttpClient(URI base, String apiKey, int connections, int capacity, Duration timeout, String name) {
        if (connections < 1 || capacity < 1) {
            throw new IllegalArgumentException("connections and capacity must be at least 1: " + connections + ", " + capacity);
        }
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        if (!tls && !"http".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
            throw new IllegalArgumentException("the service's URL must be http://host:port or https://host:port: " + base);
        }
        int port = base.getPort() >= 0 ? base.getPort() : tls ? 443 : 80;
        InetSocketAddress address = new InetSocketAddress(base.getHost(), port);
        String host = base.getHost() + (base.getPort() >= 0 ? ":" + base.getPort() : "");
        this.queue = new ArrayBlockingQueue<>(capacity);
        for (int i = 0; i < connections; i++) {
            HttpConnection connection = new HttpConnection(address, host, apiKey, timeout,
                    tls ? (SSLSocketFactory) SSLSocketFactory.getDefault() : null);
            Thread thread = new Thread(() -> serve(connection), name + "-" + i);
            thread.setDaemon(true);
            this.connections.add(connection);
            this.threads.add(thread);
            thread.start();
        }
    }

    /** Queues a request for the next free connection, waiting while {@code capacity} requests already wait. */
    public void submit(Request request, Callback callback) throws InterruptedException {
        queue.put(new Job(request, callback));
    }

    private void serve(HttpConnection connection) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Job job = queue.take();
                int status;
                try {
                    status = connection.exchange(job.request());
                } catch (IOException | RuntimeException e) {
                    job.callback().completed(0, null, e);
                    continue;
                }
                job.callback().completed(status, connection.retryAfter(), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connection.close();
        }
    }

    /** Stops the connections' threads and closes their sockets; requests still queued are dropped. */
    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        connections.forEach(HttpConnection::close);
    }

    /** A new socket to {@code address}, TLS when {@code tls} is given. */
    static Socket open(InetSocketAddress address, Duration timeout, SSLSocketFactory tls) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(address, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            plain.setTcpNoDelay(true);
            plain.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            return tls == null ? plain : tls.createSocket(plain, address.getHostString(), address.getPort(), true);
        } catch (IOException e) {
            plain.close();
            throw e;
        }
    }
}
