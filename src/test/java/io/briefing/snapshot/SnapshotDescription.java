package io.briefing.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything a snapshot serves, as lines of text (records with every field, the links both ways,
 * what is derived from the texts: passages, clean readings, artifacts, times), so two snapshots
 * can be compared for equality in a test: one loaded from the database and one read back from the
 * persisted file must describe the same. Generation and build time are left out.
 */
final class SnapshotDescription {

    private SnapshotDescription() {
    }

    static String of(KnowledgeSnapshot s) {
        StringBuilder out = new StringBuilder();
        for (ArticleView a : s.articles()) {
            out.append("article ").append(java.util.Arrays.asList(a.getId(), a.getSlug(), a.getTitle(), String.valueOf(a.getSource()),
                    String.valueOf(a.getUrl()), String.valueOf(a.getPublishedOn()), a.getOrigin(), a.getContentHash(),
                    a.getCreatedAt(), a.getText().length(), a.getText().hashCode(), a.getCleanText().hashCode(),
                    a.getParagraphs().size(), a.getArtifacts().size(), a.getEvidenceCount())).append('\n');
            out.append("  evidence ").append(keys(a.evidenceItems())).append('\n');
            for (EvidenceView p : a.passages()) {
                out.append("  passage ").append(evidence(p)).append('\n');
            }
        }
        for (ActorView a : s.actors()) {
            out.append("actor ").append(java.util.Arrays.asList(a.getId(), a.getSlug(), a.getName(), a.getKind(), String.valueOf(a.getDescription()),
                    a.getStatus(), a.getProvenance(), a.getVersion(), a.getUpdatedAt(), a.getAliases(),
                    a.getRepresents() == null ? "-" : a.getRepresents().getSlug(),
                    a.getMotives().stream().map(MotiveView::getKey).toList())).append('\n');
        }
        for (TopicView t : s.topics()) {
            out.append("topic ").append(java.util.Arrays.asList(t.getId(), t.getSlug(), t.getName(), String.valueOf(t.getDescription()), t.getKeywords(),
                    t.getProvenance(), t.getVersion(), t.getUpdatedAt(), t.getMotives().stream().map(MotiveView::getKey).toList(),
                    t.getEvidenceCount())).append('\n');
        }
        for (EvidenceView e : s.evidence()) {
            out.append("evidence ").append(evidence(e)).append('\n');
        }
        for (MotiveView m : s.motives()) {
            out.append("motive ").append(java.util.Arrays.asList(m.getId(), m.getKey(), m.getKind(), m.getStatement(), m.getImportance(), m.getStatus(),
                    m.getProvenance(), m.getVersion(), m.getUpdatedAt(), m.getActor().getSlug(),
                    m.getTopics().stream().map(TopicView::getSlug).toList(), keys(m.getEvidence()), keys(m.getCounterEvidence())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String evidence(EvidenceView e) {
        return java.util.Arrays.asList(e.getId(), e.getKey(), e.getQuote(), e.getStart(), e.getEnd(), String.valueOf(e.getSpeaker()),
                e.getSpeakerActor() == null ? "-" : e.getSpeakerActor().getSlug(), String.valueOf(e.getCertainty()),
                String.valueOf(e.getKind()), e.getImportance(), String.valueOf(e.getNote()), String.valueOf(e.getKeywords()),
                String.valueOf(e.getStatus()), e.getProvenance(), e.getVersion(), String.valueOf(e.getUpdatedAt()),
                e.getArticle().getSlug(), e.getActors().stream().map(ActorView::getSlug).toList(),
                e.getTopics().stream().map(TopicView::getSlug).toList(), e.getQuantities(), e.getTimes(),
                String.valueOf(e.getCleanQuote()), String.valueOf(e.getParagraphIndex()), String.valueOf(e.getSection()),
                e.getArtifacts().stream().map(x -> x.getKind() + "@" + x.getStart()).collect(Collectors.toList())).toString();
    }

    private static List<String> keys(List<EvidenceView> items) {
        return items.stream().map(EvidenceView::getKey).toList();
    }
}
