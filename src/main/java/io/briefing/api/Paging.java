package io.briefing.api;

import io.briefing.config.BriefingSettings;
import io.briefing.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cursor pagination over an in-memory list (GitHub style: `first` and `after`). Cursors are opaque
 * to clients; they encode a position in the list as of the snapshot that was read.
 */
@ApplicationScoped
public class Paging {

    private static final String PREFIX = "cursor:v1:";

    private final int defaultPageSize;
    private final int maxPageSize;

    public Paging(BriefingSettings settings) {
        this.defaultPageSize = settings.paging().defaultSize();
        this.maxPageSize = settings.paging().maxSize();
    }

    /** A page of {@code items}, built into a connection by {@code build(pageItems, offset, pageInfo)}. */
    public <T, C> C page(List<T> items, Integer first, String after, PageBuilder<T, C> build) {
        int size = first == null ? defaultPageSize : first;
        if (size < 1 || size > maxPageSize) {
            throw new InvalidInputException("Argument 'first' must be between 1 and " + maxPageSize + ", got " + size);
        }
        int position = after == null ? -1 : decode(after);
        if (position >= items.size()) {
            throw new InvalidInputException("Argument 'after' points past the end of the list (" + items.size()
                    + " items); start again without 'after'");
        }
        int from = position + 1;
        int to = (int) Math.min(items.size(), (long) from + size);
        List<T> slice = items.subList(from, to);
        PageInfo info = new PageInfo(to < items.size(), from > 0,
                slice.isEmpty() ? null : encode(from), slice.isEmpty() ? null : encode(to - 1));
        return build.build(slice, from, info, items.size());
    }

    public static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int position = Integer.parseInt(raw.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through to the error below
        }
        throw new InvalidInputException("Argument 'after' is not a valid cursor; use a cursor from pageInfo.endCursor or edges.cursor");
    }

    /** Builds a connection from one page. */
    @FunctionalInterface
    public interface PageBuilder<T, C> {
        C build(List<T> page, int offset, PageInfo pageInfo, int totalCount);
    }

    static <T, E> List<E> edges(List<T> page, int offset, BiFunction<String, T, E> edge) {
        return java.util.stream.IntStream.range(0, page.size()).mapToObj(i -> edge.apply(encode(offset + i), page.get(i))).toList();
    }
}
