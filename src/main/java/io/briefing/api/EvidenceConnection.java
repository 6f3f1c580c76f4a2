package io.briefing.api;

import io.briefing.snapshot.EvidenceView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of evidence items, in reading order (article, then position in the article).")
public record EvidenceConnection(
        @NonNull @Description("The items on this page, each with its cursor.") List<@NonNull EvidenceEdge> edges,
        @NonNull @Description("The items on this page, without cursors.") List<@NonNull EvidenceView> nodes,
        @NonNull @Description("Pagination state of this page.") PageInfo pageInfo,
        @Description("How many items match the filters in all pages.") int totalCount) {

    static EvidenceConnection of(List<EvidenceView> page, int offset, PageInfo info, int total) {
        return new EvidenceConnection(Paging.edges(page, offset, EvidenceEdge::new), page, info, total);
    }

    @Description("An evidence item and its cursor.")
    public record EvidenceEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this item.") String cursor,
            @NonNull @Description("The evidence item.") EvidenceView node) {
    }
}
