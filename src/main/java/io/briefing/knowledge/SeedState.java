package io.briefing.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of a shipped resource when it was last applied, so restarts only re-apply a changed file. */
@Entity
@Table(name = "seed_state")
public class SeedState extends PanacheEntityBase {

    @Id
    @Column(length = 300)
    public String resource;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
