package io.briefing.snapshot;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineEntry")
@Description("One dated evidence item on a timeline: the item, the time expression in its quote that dates it, and its resolved value.")
public record TimelineEntryView(
        @NonNull @Description("The evidence item.") EvidenceView evidence,
        @NonNull @Description("The time expression that dates it: the first one in its quote with a resolved calendar value (durations do not date an item). Evidence.times lists them all.") TimeExpressionView time,
        @NonNull @Description("The resolved ISO 8601 value, e.g. \"2023-09\" for \"last September\" in an article of 2024-06-19.") String value,
        @NonNull @Description("First calendar day the value covers; the timeline is ordered by it.") LocalDate earliest,
        @NonNull @Description("Last calendar day the value covers.") LocalDate latest) {

    /** Earliest first; a wider period after a narrower one starting the same day; then reading order. */
    static final Comparator<TimelineEntryView> ORDER = Comparator.comparing(TimelineEntryView::earliest)
            .thenComparing(TimelineEntryView::latest)
            .thenComparing(TimelineEntryView::evidence, KnowledgeSnapshotBuilder.READING_ORDER);

    /** The dated items among {@code evidence}, in time order. Items without a resolved date are left out. */
    public static List<TimelineEntryView> of(List<EvidenceView> evidence, Predicate<EvidenceView> filter) {
        return evidence.stream().filter(filter)
                .flatMap(e -> e.getTimes().stream().filter(TimeExpressionView::dated).findFirst()
                        .map(t -> new TimelineEntryView(e, t, t.value(), t.earliest(), t.latest())).stream())
                .sorted(ORDER).toList();
    }
}
