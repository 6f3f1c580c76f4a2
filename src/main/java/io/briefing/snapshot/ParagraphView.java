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

    private final Paragraph paragraph;
    private final String text;
    private final String cleanText;
    private final String section;
    private final List<SentenceView> sentences;
    private final List<ArtifactView> artifacts;

    ParagraphView(Paragraph paragraph, ArticleText analysis) {
        this.paragraph = paragraph;
        this.text = paragraph.span().of(analysis.raw());
        this.cleanText = analysis.cleanReading(paragraph.span());
        this.section = analysis.headingBefore(paragraph.span().start())
                .filter(h -> h.index() != paragraph.index())
                .map(h -> h.span().of(analysis.raw())).orElse(null);
        this.sentences = paragraph.sentences().stream().map(s -> new SentenceView(s, analysis.raw())).toList();
        this.artifacts = analysis.artifactsWithin(paragraph.span()).stream().map(ArtifactView::new).toList();
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
        return text;
    }

    @NonNull
    @Description("A cleaned reading of the paragraph (fused words separated). For reading only: quotes always use the raw text.")
    public String getCleanText() {
        return cleanText;
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
        return section;
    }

    @NonNull
    @Description("The paragraph's sentences, in order.")
    public List<@NonNull SentenceView> getSentences() {
        return sentences;
    }

    @NonNull
    @Description("Scraping artifacts inside the paragraph.")
    public List<@NonNull ArtifactView> getArtifacts() {
        return artifacts;
    }
}
