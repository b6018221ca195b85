package ru.portal500.similarity.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.portal500.shared.infrastructure.InstantConverter;
import ru.portal500.similarity.domain.Signature;
import ru.portal500.similarity.domain.TextKey;

import java.time.Instant;
import java.util.Objects;

/** A text's near-copy signature as stored: its key, kind, owner and the signature's bytes. Derived data. */
@Entity
@Table(name = "text_signature")
public class StoredSignature {

    @Id
    @Column(name = "text_key", length = 64)
    private String textKey;

    @Column(nullable = false, length = 100)
    private String kind;

    @Column(nullable = false, length = 100)
    private String owner;

    @Column(nullable = false, length = 1024)
    private byte[] signature;

    @Convert(converter = InstantConverter.class)
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected StoredSignature() {
    }

    public StoredSignature(TextKey key, String kind, String owner, Signature signature, Instant computedAt) {
        this.textKey = key.toString();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.signature = signature.toBytes();
        this.computedAt = Objects.requireNonNull(computedAt, "computedAt");
    }

    public TextKey key() {
        return TextKey.parse(textKey);
    }

    public String getKind() {
        return kind;
    }

    public String getOwner() {
        return owner;
    }

    public Signature signature() {
        return Signature.fromBytes(signature);
    }
}
