package io.briefing.briefing;

import io.briefing.snapshot.EvidenceView;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a briefing for a person: bottom line first, numbered points with citations, caveats, sources. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(Briefing b) {
        List<EvidenceView> sources = b.getSources();
        StringBuilder md = new StringBuilder();
        md.append("# Briefing");
        if (b.getQuestion() != null) {
            md.append(": ").append(escape(b.getQuestion()));
        }
        md.append("\n\n**Bottom line:** ").append(escape(b.getHeadline())).append("\n\n");
        md.append("*Coverage: ").append(b.getCoverage()).append(". ").append(escape(b.getInterpretation().summary())).append("*\n");
        if (!b.getPoints().isEmpty()) {
            md.append("\n## Points\n\n");
            for (int i = 0; i < b.getPoints().size(); i++) {
                BriefingPoint p = b.getPoints().get(i);
                md.append(i + 1).append(". ").append(escape(p.statement())).append(' ').append(citations(p.evidence(), sources)).append('\n');
            }
        }
        if (!b.getCaveats().isEmpty()) {
            md.append("\n## Caveats\n\n");
            for (Caveat c : b.getCaveats()) {
                md.append("- **").append(label(c.kind())).append(":** ").append(escape(c.statement()));
                if (!c.evidence().isEmpty()) {
                    md.append(' ').append(citations(c.evidence(), sources));
                }
                md.append('\n');
            }
        }
        if (!sources.isEmpty()) {
            md.append("\n## Sources\n\n");
            for (int i = 0; i < sources.size(); i++) {
                EvidenceView e = sources.get(i);
                md.append('[').append(i + 1).append("] > ").append(escape(e.getQuote())).append("\n    ")
                        .append("— ").append(e.getSpeaker() == null ? "unattributed" : escape(e.getSpeaker()))
                        .append("; ").append(e.getStatus() == io.briefing.knowledge.EvidenceStatus.UNREVIEWED ? "unreviewed text, " : "")
                        .append(e.getCertainty()).append(", ").append(e.getKind())
                        .append("; *").append(escape(e.getArticle().getTitle())).append("*, characters ")
                        .append(e.getStart()).append('–').append(e.getEnd()).append('\n');
            }
        }
        return md.toString();
    }

    private static String citations(List<EvidenceView> cited, List<EvidenceView> sources) {
        return cited.stream().map(e -> "[" + (sources.indexOf(e) + 1) + "]").collect(Collectors.joining(""));
    }

    private static String label(CaveatKind kind) {
        return switch (kind) {
            case COUNTERPOINT -> "Counterpoint";
            case UNCERTAIN_SOURCE -> "Uncertain source";
            case DAMAGED_TEXT -> "Damaged text";
            case NOT_COVERED -> "Not covered";
            case UNCONFIRMED_EVIDENCE -> "Unconfirmed evidence";
            case UNREVIEWED_TEXT -> "Unreviewed text";
            case UNREVIEWED_MOTIVE -> "Unreviewed motive";
        };
    }

    /** Keeps question text and quotes from being read as Markdown markup. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("[", "\\[").replace("]", "\\]").replace("#", "\\#").replace("<", "&lt;")
                .replace("\r", " ").replace("\n", " ");
    }
}
