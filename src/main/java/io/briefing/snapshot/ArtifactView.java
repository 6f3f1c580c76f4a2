package io.briefing.snapshot;

import io.briefing.article.ArtifactKind;
import io.briefing.article.TextArtifact;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TextArtifact")
@Description("A scraping artifact in an article's raw text. The raw text is never changed; `reading` is what a person would most likely read there.")
public final class ArtifactView {

    private final TextArtifact artifact;

    ArtifactView(TextArtifact artifact) {
        this.artifact = artifact;
    }

    @NonNull
    @Description("What kind of artifact this is.")
    public ArtifactKind getKind() {
        return artifact.kind();
    }

    @Description("Offset of the first character of the artifact in the article text (UTF-16, inclusive).")
    public int getStart() {
        return artifact.span().start();
    }

    @Description("Offset just past the artifact in the article text (UTF-16, exclusive).")
    public int getEnd() {
        return artifact.span().end();
    }

    @NonNull
    @Description("The raw characters, exactly as in the article: `text[start, end)`.")
    public String getText() {
        return artifact.raw();
    }

    @NonNull
    @Description("The likely intended reading: fused words separated; empty for placeholder lines.")
    public String getReading() {
        return artifact.reading();
    }
}
