package io.briefing.web;

import io.briefing.snapshot.EvidenceView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The page addresses, built in one place. */
final class Links {

    /** The id of the highlighted span on an article page: the fragment every citation link ends with. */
    static final String HIGHLIGHT_ANCHOR = "hl";

    private Links() {
    }

    static String article(String slug) {
        return "/articles/" + encode(slug);
    }

    /** The article page with the quote highlighted at its offsets and scrolled to. */
    static String quote(EvidenceView evidence) {
        return article(evidence.getArticle().getSlug()) + "?hl=" + evidence.getStart() + "-" + evidence.getEnd() + "#"
                + HIGHLIGHT_ANCHOR;
    }

    static String ask(String question) {
        return "/?q=" + encode(question);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
