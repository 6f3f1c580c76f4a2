package io.briefing.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One successful change to the knowledge base: who, what, when. Written in the change's transaction. */
@Entity
@Table(name = "change_record")
public class ChangeRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false, length = 100)
    public String username;

    @Column(nullable = false, length = 60)
    public String operation;

    @Column(name = "target_type", nullable = false, length = 40)
    public String targetType;

    @Column(name = "target_key", nullable = false, length = 200)
    public String targetKey;

    @Column(nullable = false, length = 2000)
    public String summary;

    public static ChangeRecord of(Instant at, String user, String operation, String targetType, String targetKey, String summary) {
        ChangeRecord r = new ChangeRecord();
        r.changedAt = at;
        r.username = user;
        r.operation = operation;
        r.targetType = targetType;
        r.targetKey = targetKey;
        r.summary = summary.length() > 2000 ? summary.substring(0, 1997) + "..." : summary;
        return r;
    }
}
