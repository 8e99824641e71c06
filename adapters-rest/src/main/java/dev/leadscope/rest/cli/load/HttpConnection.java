package dev.leadscope.rest.cli.load;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocketFactory;

/**
 * One keep-alive HTTP/1.1 connection used by one thread at a time: writes a request, reads the answer's status line
 * and headers, and skips its body (by Content-Length, chunks, or to the end of the stream). It reconnects when the
 * service closed the connection, and sends a GET once more when a reused connection turns out to be closed before
 * any byte of the answer came (the service may drop idle connections); other requests fail then, since the service
 * may already have acted on them.
 */
final class HttpConnection {
    private static final int MAX_LINE = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final InetSocketAddress address;
    private final Duration timeout;
    private final SSLSocketFactory tls;
    private final byte[] fixedHeaders;
    private final byte[] in = new byte[16 * 1024];
    private final byte[] line = new byte[MAX_LINE];
    private int inPos;
    private int inEnd;
    private Socket socket;
    private InputStream input;
    private OutputStream output;
    private boolean used;
    private String retryAfter;

    HttpConnection(InetSocketAddress address, String host, String apiKey, Duration timeout, SSLSocketFactory tls) {
        this.address = address;
        this.timeout = timeout;
        this.tls = tls;
        String headers = "Host: " + host + "\r\n" + (apiKey == null ? "" : "Authorization: Bearer " + apiKey + "\r\n")
                + "Accept: application/json\r\nUser-Agent: leadscope-bench-load\r\n";
        this.fixedHeaders = headers.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The last answer's Retry-After header, or null when it had none. */
    String retryAfter() {
        return retryAfter;
    }

    /** Sends {@code request} and returns the answer's status once its whole body has been read. */
    int exchange(KeepAliveHttpClient.Request request) throws IOException {
        boolean reused = socket != null && used;
        try {
            return attempt(request);
        } catch (StaleConnectionException e) {
            close();
            if (!reused || !"GET".equals(request.method())) {
                throw new EOFException("the service closed the connection before answering");
            }
            return attempt(request);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private int attempt(KeepAliveHttpClient.Request request) throws IOException {
        if (socket == null) {
            socket = KeepAliveHttpClient.open(address, timeout, tls);
            input = socket.getInputStream();
            // one buffer per connection: a request goes out in one write however many parts it is built from
            output = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            inPos = 0;
            inEnd = 0;
            used = false;
        }
        try {
            write(request);
        } catch (IOException e) {
            if (used) {
                throw new StaleConnectionException();
            }
            throw e;
        }
        used = true;
        retryAfter = null;
        int lineLength = readLine(true);
        int status = status(lineLength);
        while (status >= 100 && status < 200 && status != 101) {
            skipHeaders();
            status = status(readLine(false));
        }
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (int length = readLine(false); length > 0; length = readLine(false)) {
            if (header(length, "content-length:")) {
                contentLength = parseLong(value(length, 15).trim(), 10);
            } else if (header(length, "transfer-encoding:")) {
                chunked = value(length, 18).toLowerCase(java.util.Locale.ROOT).contains("chunked");
            } else if (header(length, "connection:")) {
                closeAfter = value(length, 11).trim().equalsIgnoreCase("close");
            } else if (header(length, "retry-after:")) {
                retryAfter = value(length, 12).trim();
            }
        }
        boolean noBody = "HEAD".equals(request.method()) || status == 204 || status == 304;
        if (!noBody) {
            if (chunked) {
                skipChunks();
            } else if (contentLength >= 0) {
                skip(contentLength);
            } else {
                while (fill() > 0) {
                    inPos = inEnd;
                }
                closeAfter = true;
            }
        }
        if (closeAfter) {
            close();
        }
        return status;
    }

    private void write(KeepAliveHttpClient.Request request) throws IOException {
        byte[] body = request.body();
        StringBuilder head = new StringBuilder(128).append(request.method()).append(' ').append(request.path()).append(" HTTP/1.1\r\n");
        output.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        output.write(fixedHeaders);
        if (body != null) {
            output.write(("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        output.write(CRLF);
        if (body != null) {
            output.write(body);
        }
        output.flush();
    }

    private int status(int length) throws IOException {
        // "HTTP/1.1 200 OK": the three digits after the first space
        int space = 0;
        while (space < length && line[space] != ' ') {
            space++;
        }
        if (length < space + 4 || line[0] != 'H' || !isDigit(line[space + 1]) || !isDigit(line[space + 2]) || !isDigit(line[space + 3])) {
            throw new IOException("not an HTTP status line: " + new String(line, 0, Math.min(length, 80), StandardCharsets.ISO_8859_1));
        }
        return (line[space + 1] - '0') * 100 + (line[space + 2] - '0') * 10 + (line[space + 3] - '0');
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void skipHeaders() throws IOException {
        while (readLine(false) > 0) {
            // headers of an interim answer are not needed
        }
    }

    private void skipChunks() throws IOException {
        while (true) {
            int length = readLine(false);
            int end = 0;
            while (end < length && line[end] != ';' && line[end] != ' ') {
                end++;
            }
            long size = parseLong(new String(line, 0, end, StandardCharsets.ISO_8859_1), 16);
            if (size == 0) {
                skipHeaders();
                return;
            }
            skip(size);
            if (readLine(false) != 0) {
                throw new IOException("a chunk of the answer did not end where its size said");
            }
        }
    }

    private static long parseLong(String text, int radix) throws IOException {
        try {
            long value = Long.parseLong(text, radix);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("not a length in the answer: '" + text + "'");
        }
    }

    private boolean header(int length, String lowerName) {
        if (length < lowerName.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            int c = line[i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String value(int length, int from) {
        return new String(line, from, length - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads one line into {@link #line} without its CR LF and returns its length.
     *
     * @param first whether this is the answer's first line: an end of stream before any byte then means the service
     *              closed the connection without answering
     */
    private int readLine(boolean first) throws IOException {
        int length = 0;
        while (true) {
            if (inPos == inEnd && fill() < 0) {
                if (first && length == 0) {
                    throw new StaleConnectionException();
                }
                throw new EOFException("the answer ended inside a line");
            }
            byte b = in[inPos++];
            if (b == '\n') {
                return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            }
            if (length == MAX_LINE) {
                throw new IOException("a line of the answer is longer than " + MAX_LINE + " bytes");
            }
            line[length++] = b;
        }
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (inPos == inEnd && fill() < 0) {
                throw new EOFException("the answer ended " + left + " bytes before its end");
            }
            int take = (int) Math.min(left, inEnd - inPos);
            inPos += take;
            left -= take;
        }
    }

    private int fill() throws IOException {
        int read = input.read(in, 0, in.length);
        inPos = 0;
        inEnd = Math.max(read, 0);
        return read;
    }

    /** Closes the socket; the next request connects again. */
    void close() {
        Socket s = socket;
        socket = null;
        input = null;
        output = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a connection that is being given up
            }
        }
    }

    /** The service closed a connection before the first byte of its answer. */
    private static final class StaleConnectionException extends IOException {
        StaleConnectionException() {
            super("the service closed the connection before answering");
        }
    }
}
