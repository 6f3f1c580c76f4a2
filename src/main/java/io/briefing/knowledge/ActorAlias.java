package io.briefing.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Another name for an actor ("Pyongyang" for North Korea); unique across all actors once normalised. */
@Entity
@Table(name = "actor_alias")
public class ActorAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Column(nullable = false, length = FieldLimits.NAME)
    public String alias;

    @Column(nullable = false, unique = true, length = FieldLimits.NAME)
    public String normalized;

    /** True for aliases from the curated file: only those are replaced when the file changes. */
    @Column(nullable = false)
    public boolean curated;

    public static ActorAlias of(Actor actor, String alias, boolean curated) {
        ActorAlias a = new ActorAlias();
        a.actor = actor;
        a.alias = alias.strip();
        a.normalized = Names.normalize(alias);
        a.curated = curated;
        return a;
    }
}
