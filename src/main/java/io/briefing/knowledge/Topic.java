package io.briefing.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A subject the articles cover, with the words readers use for it. */
@Entity
@Table(name = "topic")
public class Topic extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = FieldLimits.SLUG)
    public String slug;

    @Column(nullable = false, length = FieldLimits.NAME)
    public String name;

    @Column(length = FieldLimits.DESCRIPTION)
    public String description;

    /** Search words, one per line. */
    @Column(length = 4000)
    public String keywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Provenance provenance;

    public List<String> keywordList() {
        return Keywords.split(keywords);
    }

    public static Optional<Topic> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
