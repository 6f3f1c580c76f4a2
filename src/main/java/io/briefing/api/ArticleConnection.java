package io.briefing.api;

import io.briefing.snapshot.ArticleView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of articles, ordered by slug.")
public record ArticleConnection(
        @NonNull @Description("The articles on this page, each with its cursor.") List<@NonNull ArticleEdge> edges,
        @NonNull @Description("The articles on this page, without cursors.") List<@NonNull ArticleView> nodes,
        @NonNull @Description("Pagination state of this page.") PageInfo pageInfo,
        @Description("How many articles there are in all pages.") int totalCount) {

    static ArticleConnection of(List<ArticleView> page, int offset, PageInfo info, int total) {
        return new ArticleConnection(Paging.edges(page, offset, ArticleEdge::new), page, info, total);
    }

    @Description("An article and its cursor.")
    public record ArticleEdge(
            @NonNull @Description("Opaque cursor; pass it as `after` to continue after this article.") String cursor,
            @NonNull @Description("The article.") ArticleView node) {
    }
}
