package io.briefing.snapshot;

import io.briefing.article.Sentence;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Sentence")
@Description("A sentence of an article, located by offsets into its raw text.")
public final class SentenceView {

    private final Sentence sentence;
    /** The whole article's raw text (shared, not copied): the sentence is cut from it when asked. */
    private final String articleText;

    SentenceView(Sentence sentence, String articleText) {
        this.sentence = sentence;
        this.articleText = articleText;
    }

    @Description("Position of the sentence in the article, from 0.")
    public int getIndex() {
        return sentence.index();
    }

    @Description("Offset of the first character (UTF-16, inclusive).")
    public int getStart() {
        return sentence.span().start();
    }

    @Description("Offset just past the last character (UTF-16, exclusive).")
    public int getEnd() {
        return sentence.span().end();
    }

    @NonNull
    @Description("The sentence's raw text: `article.text[start, end)`.")
    public String getText() {
        return sentence.span().of(articleText);
    }
}
