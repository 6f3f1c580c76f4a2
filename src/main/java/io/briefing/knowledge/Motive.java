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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an actor wants, offers or worries about, stated plainly and backed by evidence. */
@Entity
@Table(name = "motive")
public class Motive extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "motive_key", nullable = false, unique = true, length = FieldLimits.MOTIVE_KEY)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MotiveKind kind;

    @Column(nullable = false, length = FieldLimits.STATEMENT)
    public String statement;

    @Column(nullable = false)
    public int importance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Provenance provenance;

    /** CANDIDATE when ingestion proposed it and no editor has confirmed it yet; CONFIRMED otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ReviewStatus status = ReviewStatus.CONFIRMED;

    @ManyToMany
    @JoinTable(name = "motive_topic", joinColumns = @JoinColumn(name = "motive_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    @OneToMany(mappedBy = "motive", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<MotiveEvidence> evidence = new ArrayList<>();

    public static Optional<Motive> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public Optional<MotiveEvidence> linkTo(Evidence item) {
        return evidence.stream().filter(l -> l.evidence.id.equals(item.id)).findFirst();
    }

    public void link(Evidence item, EvidenceRole role) {
        Optional<MotiveEvidence> existing = linkTo(item);
        if (existing.isPresent()) {
            existing.get().role = role;
            return;
        }
        MotiveEvidence link = new MotiveEvidence();
        link.motive = this;
        link.evidence = item;
        link.role = role;
        evidence.add(link);
    }
}
