package io.briefing.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A stored article. {@link #body} is the text exactly as received: every offset points into it. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(length = 200)
    public String source;

    @Column(length = 2000)
    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Lob
    @Column(nullable = false)
    public String body;

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ArticleOrigin origin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Version
    public long version;

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static Optional<Article> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }
}
