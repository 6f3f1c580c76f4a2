package io.briefing.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ArticleOrigin")
@Description("How an article entered the service.")
public enum ArticleOrigin {
    @Description("Shipped with the service as a resource, with a hand-curated knowledge base.")
    SHIPPED,
    @Description("Ingested by an editor through the ingestArticle mutation.")
    INGESTED
}
