package ru.portal500.contests.results;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The protocol as it is frozen: the PDF's bytes and their SHA-256 (64 lowercase hex digits), which the public results
 * page shows so anyone can check a copy of the protocol against it.
 */
public record FrozenProtocol(byte[] pdf, String sha256) {

    public FrozenProtocol {
        pdf = pdf.clone();
    }

    static FrozenProtocol of(byte[] pdf) {
        return new FrozenProtocol(pdf, sha256(pdf));
    }

    /** The SHA-256 of any bytes, as the protocol's is written: 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrozenProtocol other && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "FrozenProtocol[" + pdf.length + " bytes, sha256=" + sha256 + "]";
    }
}
