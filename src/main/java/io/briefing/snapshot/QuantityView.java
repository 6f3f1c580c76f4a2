package io.briefing.snapshot;

import io.briefing.knowledge.QuantityBound;
import io.briefing.knowledge.QuantityKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Quantity")
@Description("A figure stated in an evidence quote, structured: \"4.8 million artillery shells\" is 4800000 artillery shells, bounded UP_TO.")
public record QuantityView(
        @NonNull @Description("The figure exactly as written in the article: `article.text[start, end)`.") String text,
        @Description("The numeric value (4.8 million is 4800000).") double value,
        @NonNull @Description("What is counted or measured (\"artillery shells\", \"USD\", \"years\").") String unit,
        @NonNull @Description("What the figure measures.") QuantityKind kind,
        @NonNull @Description("How the article bounds the figure (\"at least\", \"as many as\").") QuantityBound bound,
        @Description("Offset of the figure in the article text (UTF-16, inclusive).") int start,
        @Description("Offset just past the figure (UTF-16, exclusive).") int end) {
}
