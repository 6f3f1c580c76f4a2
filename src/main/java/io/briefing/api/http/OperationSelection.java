package io.briefing.api.http;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A document reduced to one operation and the fragments it uses (directly or through other fragments). */
final class OperationSelection {

    private OperationSelection() {
    }

    static Document only(Document document, OperationDefinition operation) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (FragmentDefinition f : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(f.getName(), f);
        }
        Set<String> used = new LinkedHashSet<>();
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(operation);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof FragmentSpread spread) {
                if (used.add(spread.getName()) && fragments.containsKey(spread.getName())) {
                    pending.push(fragments.get(spread.getName()));
                }
                continue;
            }
            for (Node<?> child : node.getChildren()) {
                pending.push(child);
            }
        }
        List<Definition> definitions = new ArrayList<>();
        definitions.add(operation);
        for (String name : used) {
            if (fragments.containsKey(name)) {
                definitions.add(fragments.get(name));
            }
        }
        return document.transform(builder -> builder.definitions(definitions));
    }
}
