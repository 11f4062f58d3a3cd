package vn.chidao.organization.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token: its digest, what it may do, until when; revoked by its owner. */
@Entity
@Table(name = "org_api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long personId, String name, String tokenHash, String scope, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant at) {
        return revokedAt == null && at.isBefore(expiresAt);
    }

    /** Noted at most once a minute, so a busy client does not write on every request. */
    public void usedAt(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(at)) {
            lastUsedAt = at;
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public String scope() {
        return scope;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
