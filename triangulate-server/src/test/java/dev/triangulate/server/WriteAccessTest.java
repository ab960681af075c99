package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WriteAccessTest {

    @Test
    void leavesWritesOpenOnLoopbackWithoutAToken() {
        for (String host : new String[] {"127.0.0.1", "::1", "localhost"}) {
            WriteAccess access = WriteAccess.forBinding(host, null);
            assertFalse(access.required(), host);
            assertTrue(access.allows(null), host);
        }
    }

    @Test
    void generatesATokenWhenBoundToAnotherAddress() {
        WriteAccess a = WriteAccess.forBinding("0.0.0.0", null);
        WriteAccess b = WriteAccess.forBinding("0.0.0.0", "");
        assertTrue(a.required());
        assertTrue(a.token().length() >= 32);
        assertNotEquals(a.token(), b.token());
        assertFalse(a.allows(null));
        assertFalse(a.allows("Bearer "));
        assertFalse(a.allows(a.token()));
        assertFalse(a.allows("Bearer " + b.token()));
        assertTrue(a.allows("Bearer " + a.token()));
    }

    @Test
    void requiresAGivenTokenEvenOnLoopback() {
        WriteAccess access = WriteAccess.forBinding("127.0.0.1", "letmein");
        assertFalse(access.allows(null));
        assertFalse(access.allows("Bearer letmeout"));
        assertTrue(access.allows("Bearer letmein"));
    }

    @Test
    void treatsAnUnresolvableHostAsNotLocal() {
        assertTrue(WriteAccess.forBinding("no-such-host.invalid", null).required());
    }
}
