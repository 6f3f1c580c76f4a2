package io.briefing.web;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;

/** What every page shares: its title and the navigation, with the current page marked. */
@TemplateData
public record Chrome(String title, List<NavItem> nav) {

    /** The reader's pages in navigation order; a new page is one more constant. */
    public enum Page {
        ASK("Ask", "/"),
        READ("Read", "/articles"),
        FLOWS("Flows", "/flows"),
        TIMELINE("Timeline", "/timeline");

        final String label;
        final String href;

        Page(String label, String href) {
            this.label = label;
            this.href = href;
        }
    }

    @TemplateData
    public record NavItem(String label, String href, boolean current) {
    }

    static Chrome of(String title, Page current) {
        return new Chrome(title + " · Briefing",
                Arrays.stream(Page.values()).map(p -> new NavItem(p.label, p.href, p == current)).toList());
    }
}
