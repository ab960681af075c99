package dev.triangulate.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Who may write (ingest): anyone when the server listens on a loopback address only and no token was
 * set; otherwise only a request carrying the token, as {@code Authorization: Bearer TOKEN}. Binding any
 * other address without a token generates one, so a server reachable from the network is never open
 * for writing. Tokens are compared in constant time. Immutable; thread-safe.
 *
 * <pre>{@code
 * WriteAccess access = WriteAccess.forBinding("0.0.0.0", null);   // generates a token
 * access.allows(request.header("Authorization"));
 * }</pre>
 */
public final class WriteAccess {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String token;

    private WriteAccess(String token) {
        this.token = token;
    }

    /** The rule for a server bound to {@code host}, with the token the user gave ({@code null} for none). */
    public static WriteAccess forBinding(String host, String token) {
        if (token != null && !token.isBlank()) {
            return new WriteAccess(token.strip());
        }
        return isLoopback(host) ? new WriteAccess(null) : new WriteAccess(generate());
    }

    /** The token writes need, or {@code null} when writes are open (loopback only). */
    public String token() {
        return token;
    }

    public boolean required() {
        return token != null;
    }

    /** Whether a request with this {@code Authorization} header value may write. */
    public boolean allows(String authorization) {
        if (token == null) {
            return true;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether every address {@code host} names is a loopback address; an unknown name is not. */
    static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
