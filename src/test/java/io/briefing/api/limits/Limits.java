package io.briefing.api.limits;

import java.util.Set;

/** The default limits of application.properties, as plain values for unit tests. */
record Limits(int maxDepth, long maxCost, long maxFragmentSpreads, long maxBriefings, long briefingCost, int introspectionDepth,
        long introspectionCost) implements QueryLimits {

    static Limits defaults() {
        return new Limits(12, 2000, 500, 10, 50, 20, 1000);
    }

    @Override
    public Set<String> expensiveFields() {
        return Set.of("briefing", "briefingUpdated");
    }

    @Override
    public Set<String> pagedFields() {
        return Set.of("evidence", "articles");
    }

    @Override
    public java.time.Duration timeout() {
        return java.time.Duration.ofSeconds(10);
    }

    @Override
    public int defaultPageSize() {
        return 20;
    }

    @Override
    public int maxPageSize() {
        return 100;
    }

    @Override
    public Introspection introspection() {
        return new Introspection() {
            @Override
            public int maxDepth() {
                return introspectionDepth;
            }

            @Override
            public long maxCost() {
                return introspectionCost;
            }
        };
    }
}
