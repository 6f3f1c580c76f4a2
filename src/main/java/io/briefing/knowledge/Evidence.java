package io.briefing.knowledge;

import io.briefing.article.Article;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A verbatim quote from an article, located by offsets, with who asserts it and how firmly.
 * {@code article.body.substring(start, end)} always equals {@link #quote}: the loader and the
 * curation service only ever store offsets they found by searching the body.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evidence_key", nullable = false, unique = true, length = FieldLimits.EVIDENCE_KEY)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @Column(nullable = false, length = FieldLimits.QUOTE)
    public String quote;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(nullable = false)
    public int occurrence;

    @Column(length = FieldLimits.SPEAKER)
    public String speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_actor_id")
    public Actor speakerActor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Certainty certainty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EvidenceKind kind;

    @Column(nullable = false)
    public int importance;

    @Column(length = FieldLimits.DESCRIPTION)
    public String note;

    /** Index words a reader might search with that the quote itself lacks, one per line. */
    @Column(length = 2000)
    public String keywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Provenance provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EvidenceStatus status;

    @ManyToMany
    @JoinTable(name = "evidence_actor", joinColumns = @JoinColumn(name = "evidence_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    public Set<Actor> actors = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "evidence_topic", joinColumns = @JoinColumn(name = "evidence_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "evidence", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EvidenceQuantity> quantities = new ArrayList<>();

    public static Optional<Evidence> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public void replaceQuantities(List<EvidenceQuantity> replacement) {
        quantities.clear();
        int position = 0;
        for (EvidenceQuantity q : replacement) {
            q.evidence = this;
            q.position = position++;
            quantities.add(q);
        }
    }

    public static Evidence create(String key, Article article, Provenance provenance, String user, Instant at) {
        Evidence e = new Evidence();
        e.key = key;
        e.article = article;
        e.provenance = provenance;
        e.touch(user, at);
        return e;
    }
}
