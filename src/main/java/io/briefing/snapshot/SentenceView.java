package io.briefing.snapshot;

import io.briefing.article.Sentence;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Sentence")
@Description("A sentence of an article, located by offsets into its raw text.")
public final class SentenceView {

    private final Sentence sentence;
    private final String text;

    SentenceView(Sentence sentence, String articleText) {
        this.sentence = sentence;
        this.text = sentence.span().of(articleText);
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
        return text;
    }
}
