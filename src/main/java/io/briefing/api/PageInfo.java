package io.briefing.api;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page sits in a longer list, for cursor pagination.")
public record PageInfo(
        @Description("True when more items follow this page; fetch them with `after: endCursor`.") boolean hasNextPage,
        @Description("True when items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item on this page, or null when the page is empty.") String startCursor,
        @Description("Cursor of the last item on this page, or null when the page is empty.") String endCursor) {
}
