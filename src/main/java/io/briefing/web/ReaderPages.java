package io.briefing.web;

import io.briefing.briefing.Briefing;
import io.briefing.briefing.BriefingDepth;
import io.briefing.briefing.BriefingFacet;
import io.briefing.briefing.BriefingRequest;
import io.briefing.briefing.BriefingService;
import io.briefing.error.ClientException;
import io.briefing.error.InvalidInputException;
import io.briefing.snapshot.ArticleView;
import io.briefing.snapshot.KnowledgeSnapshot;
import io.briefing.snapshot.KnowledgeSnapshots;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The reader's pages, rendered on the server from Qute templates: Ask (a briefing with numbered
 * citations), Read (an article with its evidence and artifacts marked) and Flows (who gives what to
 * whom). They read through the same services as the GraphQL API: {@link BriefingService#brief} and
 * the current {@link KnowledgeSnapshots snapshot}. Query parameters arrive as plain strings and are
 * checked here, so bad input is answered with the page and its error (HTTP 400), never a 500; Qute
 * escapes everything it prints.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReaderPages {

    private static final Logger LOG = Logger.getLogger(ReaderPages.class);

    /** The README's example questions, offered as one-click suggestions. */
    static final List<String> SUGGESTIONS = List.of("What does North Korea want?", "What does the Kremlin want from Kim?",
            "Why is Washington worried?", "What was the trade figure for 2023?");

    private final BriefingService briefings;
    private final KnowledgeSnapshots snapshots;

    public ReaderPages(BriefingService briefings, KnowledgeSnapshots snapshots) {
        this.briefings = briefings;
        this.snapshots = snapshots;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ask(Chrome chrome, AskPage page);

        static native TemplateInstance articles(Chrome chrome, List<ArticleItem> articles);

        static native TemplateInstance article(Chrome chrome, ArticlePage page);

        static native TemplateInstance flows(Chrome chrome, FlowsPage page);

        static native TemplateInstance timeline(Chrome chrome, TimelinePage page);

        static native TemplateInstance problem(Chrome chrome, String message);
    }

    @TemplateData
    public record ArticleItem(String title, String href, String source, int evidenceCount, int artifactCount, String flowsHref) {
    }

    /** The article a page is narrowed to (or all), its picker options, and the error for an unknown slug. */
    record ArticleChoice(String slug, String title, List<AskPage.Option> options, String error) {

        static ArticleChoice of(KnowledgeSnapshot snapshot, String article, String what) {
            String slug = blankToNull(article);
            String error = null;
            String title = null;
            if (slug != null) {
                Optional<ArticleView> found = snapshot.article(slug);
                if (found.isEmpty()) {
                    error = "There is no article '" + abbreviate(slug) + "'; showing the " + what + " of all articles.";
                    slug = null;
                } else {
                    title = found.get().getTitle();
                }
            }
            return new ArticleChoice(slug, title, options(snapshot, slug), error);
        }

        /** The article picker's options: "all articles", then each article by title, the selected one marked. */
        static List<AskPage.Option> options(KnowledgeSnapshot snapshot, String selected) {
            List<AskPage.Option> options = new ArrayList<>();
            options.add(new AskPage.Option("", "all articles", selected == null));
            snapshot.articles().forEach(a -> options.add(new AskPage.Option(a.getSlug(), a.getTitle(), a.getSlug().equals(selected))));
            return List.copyOf(options);
        }
    }

    @TemplateData
    public record TimelinePage(List<AskPage.Option> articles, String articleTitle, List<TimelineItem> entries, String error) {
    }

    /** One dated item: when (the resolved value and the words that date it), the quote and where to read it. */
    @TemplateData
    public record TimelineItem(String value, String when, String quote, String href, String speaker, String certainty) {
    }

    @TemplateData
    public record FlowsPage(List<AskPage.Option> articles, String articleTitle, FlowDiagram diagram,
            List<FlowGraph.Flow> flows, String error) {
    }

    @GET
    public Response ask(@QueryParam("q") String q, @QueryParam("actor") String actor, @QueryParam("topic") String topic,
            @QueryParam("article") String article, @QueryParam("facet") String facet, @QueryParam("depth") String depth,
            @Context UriInfo uri) {
        KnowledgeSnapshot snapshot = snapshots.current();
        String actorSlug = blankToNull(actor);
        String topicSlug = blankToNull(topic);
        String articleSlug = blankToNull(article);
        String question = q == null ? "" : q;
        AskPage.BriefingModel model = null;
        String error = null;
        boolean narrowed = actorSlug != null || topicSlug != null || articleSlug != null || blankToNull(facet) != null
                || blankToNull(depth) != null;
        // A submitted form with an empty question is asked (and gets the service's error), a bare visit is not.
        if (q != null || narrowed || uri.getQueryParameters().containsKey("q")) {
            try {
                BriefingFacet f = parse(BriefingFacet.values(), "facet", facet);
                BriefingDepth d = parse(BriefingDepth.values(), "depth", depth);
                Briefing briefing = briefings.brief(new BriefingRequest(q, actorSlug, topicSlug, articleSlug, f, d, null, false));
                model = AskPage.model(briefing);
            } catch (ClientException e) {
                error = e.getMessage();
            }
        }
        List<AskPage.Option> actors = new ArrayList<>();
        actors.add(new AskPage.Option("", "any actor", actorSlug == null));
        snapshot.actors().forEach(a -> actors.add(new AskPage.Option(a.getSlug(), a.getName(), a.getSlug().equals(actorSlug))));
        List<AskPage.Option> topics = new ArrayList<>();
        topics.add(new AskPage.Option("", "any topic", topicSlug == null));
        snapshot.topics().forEach(t -> topics.add(new AskPage.Option(t.getSlug(), t.getName(), t.getSlug().equals(topicSlug))));
        AskPage page = new AskPage(question, actors, topics, ArticleChoice.options(snapshot, articleSlug), options(BriefingFacet.values(), facet, "from the question"),
                options(BriefingDepth.values(), depth, "summary (default)"),
                SUGGESTIONS.stream().map(s -> new AskPage.Suggestion(s, Links.ask(s))).toList(), narrowed, model, error);
        return html(error == null ? 200 : 400, Templates.ask(Chrome.of(model == null ? "Ask" : "Ask: " + abbreviate(question), Chrome.Page.ASK), page));
    }

    @GET
    @Path("articles")
    public Response articles() {
        List<ArticleItem> items = snapshots.current().articles().stream()
                .map(a -> new ArticleItem(a.getTitle(), Links.article(a.getSlug()), a.getSource(), a.getEvidenceCount(),
                        a.getArtifacts().size(), "/flows?article=" + Links.encode(a.getSlug())))
                .toList();
        return html(200, Templates.articles(Chrome.of("Read", Chrome.Page.READ), items));
    }

    @GET
    @Path("articles/{slug}")
    public Response article(@PathParam("slug") String slug, @QueryParam("hl") String hl) {
        Optional<ArticleView> article = snapshots.current().article(slug);
        if (article.isEmpty()) {
            return problem(404, Chrome.Page.READ, "There is no article '" + abbreviate(slug) + "'. See the list of articles.");
        }
        ArticlePage page = ArticlePage.of(article.get(), hl);
        return html(page.error() == null ? 200 : 400, Templates.article(Chrome.of(page.title(), Chrome.Page.READ), page));
    }

    @GET
    @Path("flows")
    public Response flows(@QueryParam("article") String article) {
        KnowledgeSnapshot snapshot = snapshots.current();
        ArticleChoice choice = ArticleChoice.of(snapshot, article, "flows");
        List<FlowGraph.Flow> flows = FlowGraph.flows(snapshot, choice.slug());
        FlowsPage page = new FlowsPage(choice.options(), choice.title(), FlowDiagram.of(flows), flows, choice.error());
        String error = choice.error();
        return html(error == null ? 200 : 400, Templates.flows(Chrome.of("Flows", Chrome.Page.FLOWS), page));
    }

    /** Dated evidence in time order (the GraphQL `timeline` query's entries), each linking to its quote. */
    @GET
    @Path("timeline")
    public Response timeline(@QueryParam("article") String article) {
        KnowledgeSnapshot snapshot = snapshots.current();
        ArticleChoice choice = ArticleChoice.of(snapshot, article, "timeline");
        String selected = choice.slug();
        List<TimelineItem> entries = io.briefing.snapshot.TimelineEntryView.of(snapshot.evidence(),
                        e -> e.getStatus() == io.briefing.knowledge.EvidenceStatus.CONFIRMED
                                && (selected == null || e.getArticle().getSlug().equals(selected)))
                .stream().map(t -> new TimelineItem(t.value(), t.time().text(), t.evidence().getQuote(), Links.quote(t.evidence()),
                        t.evidence().getSpeaker(), Words.certainty(t.evidence().getCertainty())))
                .toList();
        return html(choice.error() == null ? 200 : 400, Templates.timeline(Chrome.of("Timeline", Chrome.Page.TIMELINE),
                new TimelinePage(choice.options(), choice.title(), entries, choice.error())));
    }

    /** A fault of ours still gets a page (and is logged), not a stack trace. */
    @ServerExceptionMapper
    Response unexpected(RuntimeException e) {
        if (e instanceof jakarta.ws.rs.WebApplicationException w && w.getResponse().getStatus() < 500) {
            return problem(w.getResponse().getStatus(), Chrome.Page.ASK, "The request could not be read ("
                    + w.getResponse().getStatusInfo().getReasonPhrase() + ").");
        }
        LOG.error("Reader page failed", e);
        return problem(500, Chrome.Page.ASK, "Something went wrong on our side; the error is logged.");
    }

    private Response problem(int status, Chrome.Page section, String message) {
        return html(status, Templates.problem(Chrome.of(status == 404 ? "Not found" : "Error", section), message));
    }

    /** Renders now (on this worker thread) and adds the page's security headers. */
    private static Response html(int status, TemplateInstance template) {
        return Response.status(status).type("text/html; charset=UTF-8").entity(template.render())
                .header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** An enum picker's value, case-insensitively; an unknown one is the client's error, listing the valid ones. */
    private static <E extends Enum<E>> E parse(E[] values, String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        for (E candidate : values) {
            if (candidate.name().equalsIgnoreCase(v.strip())) {
                return candidate;
            }
        }
        throw new InvalidInputException("Unknown " + name + " '" + abbreviate(v) + "'; use one of "
                + String.join(", ", Arrays.stream(values).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
    }

    private static <E extends Enum<E>> List<AskPage.Option> options(E[] values, String selected, String none) {
        String s = blankToNull(selected);
        List<AskPage.Option> options = new ArrayList<>();
        options.add(new AskPage.Option("", none, s == null));
        for (E v : values) {
            String value = v.name().toLowerCase(Locale.ROOT);
            options.add(new AskPage.Option(value, value, value.equalsIgnoreCase(s == null ? "" : s.strip())));
        }
        return options;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "\u2026";
    }
}
