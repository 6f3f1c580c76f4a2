package io.briefing.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;

/** A figure stated inside an evidence quote ("4.8 million artillery shells"), located in the article. */
@Entity
@Table(name = "evidence_quantity")
public class EvidenceQuantity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evidence_id")
    public Evidence evidence;

    @Column(nullable = false)
    public int position;

    @Column(name = "quantity_text", nullable = false, length = 200)
    public String text;

    @Column(nullable = false)
    public double amount;

    @Column(nullable = false, length = 100)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuantityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuantityBound bound;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;
}
