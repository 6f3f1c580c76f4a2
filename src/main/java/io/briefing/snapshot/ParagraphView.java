package io.briefing.snapshot;

import io.briefing.article.ArticleText;
import io.briefing.article.Paragraph;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Paragraph")
@Description("A paragraph (a non-empty line) of an article, with its sentences and any scraping artifacts in it.")
public final class ParagraphView {

    // Everything is derived from the article's analysis when asked: paragraph and sentence texts
    // are substrings of the raw text, and keeping copies of them in every snapshot cost about four
    // times each article's size in heap (measured with 200 KB articles).
    private final Paragraph paragraph;
    private final ArticleText analysis;

    ParagraphView(Paragraph paragraph, ArticleText analysis) {
        this.paragraph = paragraph;
        this.analysis = analysis;
    }

    @Description("Position of the paragraph in the article, from 0.")
    public int getIndex() {
        return paragraph.index();
    }

    @Description("Offset of the first character (UTF-16, inclusive).")
    public int getStart() {
        return paragraph.span().start();
    }

    @Description("Offset just past the last character (UTF-16, exclusive).")
    public int getEnd() {
        return paragraph.span().end();
    }

    @NonNull
    @Description("The paragraph's raw text: `article.text[start, end)`.")
    public String getText() {
        return paragraph.span().of(analysis.raw());
    }

    @NonNull
    @Description("A cleaned reading of the paragraph (fused words separated). For reading only: quotes always use the raw text.")
    public String getCleanText() {
        return analysis.cleanReading(paragraph.span());
    }

    @Name("isHeading")
    @Description("True when this line is a section heading, such as \"What does North Korea want?\".")
    public boolean isHeading() {
        return paragraph.heading();
    }

    @Name("isPlaceholder")
    @Description("True when this line is a scraping placeholder (an \"advertise\" line) rather than article text.")
    public boolean isPlaceholder() {
        return paragraph.placeholder();
    }

    @Description("The heading of the section this paragraph belongs to, or null before the first heading.")
    public String getSection() {
        return analysis.headingBefore(paragraph.span().start())
                .filter(h -> h.index() != paragraph.index())
                .map(h -> h.span().of(analysis.raw())).orElse(null);
    }

    @NonNull
    @Description("The paragraph's sentences, in order.")
    public List<@NonNull SentenceView> getSentences() {
        return paragraph.sentences().stream().map(s -> new SentenceView(s, analysis.raw())).toList();
    }

    @NonNull
    @Description("Scraping artifacts inside the paragraph.")
    public List<@NonNull ArtifactView> getArtifacts() {
        return analysis.artifactsWithin(paragraph.span()).stream().map(ArtifactView::new).toList();
    }
}
