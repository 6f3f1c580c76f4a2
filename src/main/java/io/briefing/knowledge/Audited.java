package io.briefing.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Curated records carry an optimistic-lock version (editors send it back with updates, so a stale
 * write is refused instead of silently overwriting) and who touched them last.
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    public void touch(String user, Instant at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }
}
