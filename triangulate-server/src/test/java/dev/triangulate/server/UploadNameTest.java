package dev.triangulate.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadNameTest {

    @Test
    void keepsOnlyASafeLastSegment() {
        assertEquals("report.txt", UploadName.safe("report.txt"));
        assertEquals("passwd", UploadName.safe("../../etc/passwd"));
        assertEquals("evil.txt", UploadName.safe("C:\\temp\\evil.txt"));
        assertEquals("a_b_.txt", UploadName.safe("a b<.txt"));
        assertEquals("hidden.txt", UploadName.safe(".hidden.txt"));
        assertEquals("upload.txt", UploadName.safe(".."));
        assertEquals("upload.txt", UploadName.safe(null));
        assertEquals(100, UploadName.safe("x".repeat(300) + ".txt").length());
    }
}
