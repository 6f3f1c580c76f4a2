package io.briefing.knowledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A country, organisation or person the articles talk about. */
@Entity
@Table(name = "actor")
public class Actor extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = FieldLimits.SLUG)
    public String slug;

    @Column(nullable = false, length = FieldLimits.NAME)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ActorKind kind;

    @Column(length = FieldLimits.DESCRIPTION)
    public String description;

    /** For a person: the country they act for, so "What does Kim want?" reaches North Korea's motives. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "represents_id")
    public Actor represents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Provenance provenance;

    /** CANDIDATE when ingestion proposed it and no editor has confirmed it yet; CONFIRMED otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReviewStatus status = ReviewStatus.CONFIRMED;

    @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ActorAlias> aliases = new ArrayList<>();

    public static Optional<Actor> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
