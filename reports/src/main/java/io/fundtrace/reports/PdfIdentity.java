package io.fundtrace.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Replaces the random document ID OpenPDF writes in the trailer (/ID [<hex><hex>]) with a hash of
 * the file's content. The replacement has the same length, so the cross-reference offsets hold.
 */
public final class PdfIdentity {
    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEX = 32;

    private PdfIdentity() {
    }

    public static byte[] pin(byte[] pdf) {
        int start = lastIndexOf(pdf, MARKER);
        if (start < 0) {
            return pdf;
        }
        int first = start + MARKER.length;
        int second = first + HEX + 2;
        if (second + HEX > pdf.length || pdf[first + HEX] != '>' || pdf[second - 1] != '<') {
            throw new IllegalStateException("unexpected PDF trailer ID layout");
        }
        byte[] copy = pdf.clone();
        for (int i = 0; i < HEX; i++) {
            copy[first + i] = '0';
            copy[second + i] = '0';
        }
        byte[] id = HexFormat.of().withUpperCase().formatHex(digest(copy), 0, HEX / 2)
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(id, 0, copy, first, HEX);
        System.arraycopy(id, 0, copy, second, HEX);
        return copy;
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static int lastIndexOf(byte[] data, byte[] pattern) {
        for (int i = data.length - pattern.length; i >= 0; i--) {
            int j = 0;
            while (j < pattern.length && data[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
