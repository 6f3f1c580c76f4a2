package io.briefing.api.limits;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures what executing a document will really cost, on the parsed document alone and before
 * any execution work: fragment spreads are expanded (counted, not copied: each fragment is measured
 * once and its measure reused at every spread, so a document of doubling spreads costs a few
 * microseconds to measure however far it would expand), fields are counted after expansion, the
 * expensive fields weigh what they cost (a briefing, a page of a connection), and depth is the
 * depth after expansion.
 *
 * <p>Merged fields are counted at every occurrence: graphql-java merges identical fields before
 * resolving them, but SmallRye builds its selected-field view per occurrence, which is what the
 * fragment bomb exploits. All counters saturate instead of overflowing.
 */
public final class QueryCost {

    /** Counters are capped here so that sums and products of huge counts never overflow. */
    static final long SATURATED = 1L << 50;

    /** The measure of a selection set (or of a fragment, or of a whole operation). */
    public record Measure(long cost, long fields, long spreads, long briefings, int depth) {

        static final Measure ZERO = new Measure(0, 0, 0, 0, 0);

        Measure plus(Measure o) {
            return new Measure(add(cost, o.cost), add(fields, o.fields), add(spreads, o.spreads), add(briefings, o.briefings),
                    Math.max(depth, o.depth));
        }

        Measure times(long factor) {
            return new Measure(mul(cost, factor), mul(fields, factor), mul(spreads, factor), mul(briefings, factor), depth);
        }
    }

    /** The outcome: the measure and, when a limit is exceeded, the message naming it. */
    public record Verdict(Measure measure, boolean introspection, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private final QueryLimits limits;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Measure> measured = new HashMap<>();
    private final Map<String, Boolean> introspective = new HashMap<>();
    private final Map<String, Object> variables;

    private QueryCost(Document document, Map<String, Object> variables, QueryLimits limits) {
        this.limits = limits;
        this.variables = variables == null ? Map.of() : variables;
        for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(f.getName(), f);
        }
    }

    /**
     * Measures the operation that would run ({@code operationName}, or the only one) and checks it
     * against the limits. A document whose operation cannot be chosen is left to the engine, which
     * reports that error itself.
     */
    public static Verdict check(Document document, String operationName, Map<String, Object> variables, QueryLimits limits) {
        return check(document, select(document, operationName), variables, limits);
    }

    /** Measures {@code operation} of {@code document} (as chosen by the engine) and checks it against the limits. */
    public static Verdict check(Document document, OperationDefinition operation, Map<String, Object> variables, QueryLimits limits) {
        if (operation == null) {
            return new Verdict(Measure.ZERO, false, null);
        }
        QueryCost cost = new QueryCost(document, variables, limits);
        Measure m = cost.measure(operation.getSelectionSet(), 0, 1);
        boolean introspection = cost.introspectionOnly(operation.getSelectionSet());
        return new Verdict(m, introspection, cost.refusal(m, introspection));
    }

    private String refusal(Measure m, boolean introspection) {
        if (m.spreads() > limits.maxFragmentSpreads()) {
            return "The query expands " + show(m.spreads()) + " fragment spreads; the limit is " + limits.maxFragmentSpreads();
        }
        int maxDepth = introspection ? limits.introspection().maxDepth() : limits.maxDepth();
        if (m.depth() > maxDepth) {
            return "The query is " + m.depth() + " levels deep; the limit is " + maxDepth
                    + (introspection ? " for introspection queries" : "");
        }
        if (m.briefings() > limits.maxBriefings()) {
            return "The query asks for " + show(m.briefings()) + " briefings; the limit is " + limits.maxBriefings() + " per request";
        }
        long maxCost = introspection ? limits.introspection().maxCost() : limits.maxCost();
        if (m.cost() > maxCost) {
            return "The query costs " + show(m.cost()) + " (" + show(m.fields()) + " fields after expanding fragments"
                    + (m.briefings() > 0 ? ", " + m.briefings() + " briefing(s) at " + limits.briefingCost() + " each" : "")
                    + "); the limit is " + maxCost + (introspection ? " for introspection queries" : "");
        }
        return null;
    }

    private static String show(long n) {
        return n >= SATURATED ? "more than " + SATURATED : Long.toString(n);
    }

    static OperationDefinition select(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null || operationName.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        for (OperationDefinition op : operations) {
            if (operationName.equals(op.getName())) {
                return op;
            }
        }
        return null;
    }

    /**
     * The measure of a selection set at nesting level {@code level} (the operation's root set is level 0).
     * {@code page} is the page size of the connection this set belongs to: its {@code nodes} and
     * {@code edges} are resolved once per item, its {@code totalCount} and {@code pageInfo} once.
     */
    private Measure measure(SelectionSet set, int level, long page) {
        Measure total = Measure.ZERO;
        if (set == null) {
            return total;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                Measure children;
                long childPage = connectionPageSize(field);
                if (childPage > 0) {
                    children = measure(field.getSelectionSet(), level + 1, childPage);
                } else if (page > 1 && ITEMS.contains(field.getName())) {
                    children = measure(field.getSelectionSet(), level + 1, 1).times(page);
                } else {
                    children = measure(field.getSelectionSet(), level + 1, 1);
                }
                boolean briefing = limits.expensiveFields().contains(field.getName());
                Measure own = new Measure(briefing ? limits.briefingCost() : 1, 1, 0, briefing ? 1 : 0, level + 1);
                total = total.plus(own.plus(children));
            } else if (selection instanceof InlineFragment inline) {
                total = total.plus(measure(inline.getSelectionSet(), level, page));
            } else if (selection instanceof FragmentSpread spread) {
                Measure fragment = fragment(spread.getName(), page);
                // Depth inside a fragment is measured from its own root: shift it to where it is spread.
                Measure shifted = new Measure(fragment.cost(), fragment.fields(), fragment.spreads(), fragment.briefings(),
                        fragment.depth() == 0 ? 0 : fragment.depth() + level);
                total = total.plus(new Measure(0, 0, 1, 0, 0)).plus(shifted);
            }
        }
        return total;
    }

    /** The fields of a connection that hold one entry per item of the page. */
    private static final java.util.Set<String> ITEMS = java.util.Set.of("nodes", "edges");

    /** A fragment's measure from its own root, computed once per page size. Cycles are the validator's to report: they count as empty here. */
    private Measure fragment(String name, long page) {
        String key = page + ":" + name;
        Measure known = measured.get(key);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return Measure.ZERO;
        }
        measured.put(key, Measure.ZERO); // in progress: a cycle back here adds nothing
        Measure m = measure(definition.getSelectionSet(), 0, page);
        measured.put(key, m);
        return m;
    }

    /** The page size a connection field returns (its {@code first}, else the default), or 0 for other fields. */
    private long connectionPageSize(Field field) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("first")) {
                long first = intValue(argument.getValue());
                return Math.max(1, Math.min(first < 0 ? limits.defaultPageSize() : first, limits.maxPageSize()));
            }
        }
        return limits.pagedFields().contains(field.getName()) ? limits.defaultPageSize() : 0;
    }

    private long intValue(Value<?> value) {
        if (value instanceof IntValue i) {
            return i.getValue().bitLength() < 63 ? i.getValue().longValue() : Long.MAX_VALUE;
        }
        if (value instanceof VariableReference ref && variables.get(ref.getName()) instanceof Number n) {
            return n.longValue();
        }
        return -1;
    }

    /** True when every root field (through fragments) is an introspection field (__schema, __type, __typename). */
    private boolean introspectionOnly(SelectionSet set) {
        if (set == null || set.getSelections().isEmpty()) {
            return false;
        }
        for (Selection<?> selection : set.getSelections()) {
            boolean introspective = selection instanceof Field field ? field.getName().startsWith("__")
                    : selection instanceof InlineFragment inline ? introspectionOnly(inline.getSelectionSet())
                    : selection instanceof FragmentSpread spread && introspectionOnlyFragment(spread.getName());
            if (!introspective) {
                return false;
            }
        }
        return true;
    }

    /** Memoised per fragment, like the measure, so that doubling spreads cost nothing to inspect. */
    private boolean introspectionOnlyFragment(String name) {
        Boolean known = introspective.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return false;
        }
        introspective.put(name, Boolean.TRUE); // in progress: a cycle is the validator's to report
        boolean result = introspectionOnly(definition.getSelectionSet());
        introspective.put(name, result);
        return result;
    }

    static long add(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    static long mul(long a, long factor) {
        if (a == 0 || factor == 0) {
            return 0;
        }
        return a > SATURATED / factor ? SATURATED : Math.min(SATURATED, a * factor);
    }
}
