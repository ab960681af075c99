package dev.triangulate.ingest.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET sent over a socket connected to an address the caller has already resolved and
 * checked. This is what closes the DNS-rebinding window: a client that resolves the host name again
 * when it connects could be handed a private address after the public one passed the check. The
 * request still names the host ({@code Host} header) and, over TLS, the handshake sends the host name
 * (SNI) and verifies the certificate against it, exactly as if the name had been resolved here.
 *
 * <p>The request asks for no compression and closes the connection after the response, so the body
 * is either chunked, of a declared length, or runs to the end of the stream. Stateless and
 * thread-safe; each call owns its socket, which closing the returned body closes.
 */
final class PinnedExchange {

    /** A response: status, headers (lower-case names, first value), and the body stream to close. */
    record Response(int status, Map<String, String> headers, InputStream body) {
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private PinnedExchange() {
    }

    static Response get(URI uri, InetAddress address, FetchSettings settings, String accept) throws IOException {
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, settings.connectTimeout().toMillis()));
            socket.setSoTimeout((int) Math.max(1, settings.readTimeout().toMillis()));
            Socket channel = tls ? secure(socket, uri.getHost(), port) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(requestHead(uri, port, tls, settings.userAgent(), accept).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(channel.getInputStream());
            int status = status(line(in));
            Map<String, String> headers = headers(in);
            return new Response(status, headers, body(in, headers, channel));
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static Socket secure(Socket plain, String host, int port) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
        SSLParameters p = ssl.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.isEmpty() && !Character.isDigit(host.charAt(host.length() - 1)) && !host.startsWith("[")) {
            p.setServerNames(List.of(new SNIHostName(host)));
        }
        ssl.setSSLParameters(p);
        ssl.startHandshake();
        return ssl;
    }

    private static String requestHead(URI uri, int port, boolean tls, String userAgent, String accept) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (tls ? 443 : 80);
        String host = uri.getHost() + (defaultPort ? "" : ":" + port);
        return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent + "\r\nAccept: " + accept
                + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
    }

    private static int status(String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + line);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line: " + line);
        }
    }

    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static InputStream body(InputStream in, Map<String, String> headers, Socket socket) {
        InputStream raw = new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                socket.close();
            }
        };
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            return new ChunkedBody(raw);
        }
        return raw;
    }

    /** One CRLF- (or LF-) terminated header line, bounded so a hostile server cannot fill the heap. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the response head");
            }
            if (buf.size() > MAX_HEADER_BYTES) {
                throw new IOException("response head longer than " + MAX_HEADER_BYTES / 1024 + " KiB");
            }
            buf.write(b);
        }
        String s = buf.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Decodes {@code Transfer-Encoding: chunked}; trailers are read and dropped. */
    private static final class ChunkedBody extends FilterInputStream {
        private long left;
        private boolean done;

        ChunkedBody(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done || !nextChunk()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new IOException("connection closed inside a chunk");
            }
            left -= n;
            return n;
        }

        private boolean nextChunk() throws IOException {
            if (left > 0) {
                return true;
            }
            String size = line(in);
            if (size.isEmpty()) {
                size = line(in); // the CRLF that ends the previous chunk
            }
            int semi = size.indexOf(';');
            try {
                left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + size);
            }
            if (left == 0) {
                while (!line(in).isEmpty()) {
                    // trailer fields: not needed
                }
                done = true;
                return false;
            }
            return true;
        }
    }

    /** Whether an exception is a timeout of the socket. */
    static boolean isTimeout(IOException e) {
        return e instanceof SocketTimeoutException;
    }
}
