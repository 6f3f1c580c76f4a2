package io.briefing.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays flows out as an SVG drawing computed on the server: parties on an ellipse (the busiest
 * first, at the left), one curved arrow per direction between two parties (the two directions
 * bend to opposite sides), and the names of what flows stacked beside the arrow's middle, each a
 * link to that flow's evidence. Coordinates are plain numbers; the template only prints them.
 */
@TemplateData
public record FlowDiagram(String viewBox, int width, int height, List<Box> boxes, List<Arrow> arrows) {

    private static final double NODE_HEIGHT = 34;
    private static final double CHAR_WIDTH = 7.6;
    private static final double LINE = 19;
    private static final double BEND = 70;
    private static final double MARGIN = 16;

    @TemplateData
    public record Box(String id, String label, String x, String y, String w, String h, String textX, String textY,
            String cssClass) {
    }

    @TemplateData
    public record Label(String text, String href, String x, String y, String anchor, String title) {
    }

    @TemplateData
    public record Arrow(String id, String path, String description, List<Label> labels) {
    }

    private record Node(FlowGraph.Party party, double x, double y, double w) {
    }

    public static FlowDiagram of(List<FlowGraph.Flow> flows) {
        // Parties, busiest first, so the main pair sits left and right.
        Map<String, FlowGraph.Party> parties = new LinkedHashMap<>();
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (FlowGraph.Flow f : flows) {
            for (FlowGraph.Party p : List.of(f.from(), f.to())) {
                parties.putIfAbsent(p.slug(), p);
                degree.merge(p.slug(), 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(parties.keySet());
        order.sort((a, b) -> degree.get(b) - degree.get(a));
        int n = order.size();
        double ry = Math.max(150, n * 60);
        double rx = ry * 2;
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double angle = Math.PI + 2 * Math.PI * i / Math.max(n, 1);
            FlowGraph.Party p = parties.get(order.get(i));
            double w = 24 + CHAR_WIDTH * p.name().length();
            nodes.put(p.slug(), new Node(p, rx * Math.cos(angle), ry * Math.sin(angle), w));
        }
        // One arrow per ordered pair of parties.
        Map<String, List<FlowGraph.Flow>> pairs = new LinkedHashMap<>();
        for (FlowGraph.Flow f : flows) {
            pairs.computeIfAbsent(f.from().slug() + "\u0000" + f.to().slug(), k -> new ArrayList<>()).add(f);
        }
        Bounds bounds = new Bounds();
        List<Box> boxes = new ArrayList<>();
        for (Node node : nodes.values()) {
            bounds.add(node.x - node.w / 2, node.y - NODE_HEIGHT / 2);
            bounds.add(node.x + node.w / 2, node.y + NODE_HEIGHT / 2);
        }
        List<Arrow> arrows = new ArrayList<>();
        int index = 0;
        for (List<FlowGraph.Flow> group : pairs.values()) {
            Node a = nodes.get(group.get(0).from().slug());
            Node b = nodes.get(group.get(0).to().slug());
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double len = Math.max(1, Math.hypot(dx, dy));
            // Left-hand normal of the direction a -> b: the reverse arrow bends the other way.
            double nx = dy / len;
            double ny = -dx / len;
            double cx = (a.x + b.x) / 2 + nx * BEND * 2;
            double cy = (a.y + b.y) / 2 + ny * BEND * 2;
            double[] start = edgeOfBox(a, cx, cy);
            double[] end = edgeOfBox(b, cx, cy);
            String path = "M" + num(start[0]) + " " + num(start[1]) + " Q" + num(cx) + " " + num(cy) + " " + num(end[0]) + " "
                    + num(end[1]);
            // The curve's midpoint, then labels stacked outwards from it.
            double mx = 0.25 * start[0] + 0.5 * cx + 0.25 * end[0];
            double my = 0.25 * start[1] + 0.5 * cy + 0.25 * end[1];
            double side = ny < 0 ? -1 : 1;
            String anchor = Math.abs(nx) > 0.7 ? (nx > 0 ? "start" : "end") : "middle";
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                FlowGraph.Flow f = group.get(i);
                double lx = mx + nx * 10;
                double ly = my + side * (LINE * (i + 1)) + (side > 0 ? 4 : -8);
                double tw = CHAR_WIDTH * f.what().length();
                double left = anchor.equals("start") ? lx : anchor.equals("end") ? lx - tw : lx - tw / 2;
                bounds.add(left, ly - LINE);
                bounds.add(left + tw, ly + 4);
                labels.add(new Label(f.what(), "#" + f.anchor(), num(lx), num(ly), anchor, f.statement()));
            }
            bounds.add(cx, cy);
            arrows.add(new Arrow("arrow-" + index++, path,
                    a.party.name() + " to " + b.party.name() + ": " + String.join("; ", group.stream().map(FlowGraph.Flow::what).toList()),
                    labels));
        }
        for (Node node : nodes.values()) {
            boxes.add(new Box("party-" + node.party.slug(), node.party.name(), num(node.x - node.w / 2), num(node.y - NODE_HEIGHT / 2),
                    num(node.w), num(NODE_HEIGHT), num(node.x), num(node.y + 5), node.party.topic() ? "party topic" : "party"));
        }
        if (nodes.isEmpty()) {
            bounds.add(0, 0);
            bounds.add(200, 40);
        }
        double x0 = bounds.minX - MARGIN;
        double y0 = bounds.minY - MARGIN;
        double w = bounds.maxX - bounds.minX + 2 * MARGIN;
        double h = bounds.maxY - bounds.minY + 2 * MARGIN;
        return new FlowDiagram(num(x0) + " " + num(y0) + " " + num(w) + " " + num(h), (int) Math.ceil(w), (int) Math.ceil(h),
                boxes, arrows);
    }

    /** Where the line from the box's centre towards (tx, ty) leaves the box, plus a small gap. */
    private static double[] edgeOfBox(Node node, double tx, double ty) {
        double dx = tx - node.x;
        double dy = ty - node.y;
        double halfW = node.w / 2 + 4;
        double halfH = NODE_HEIGHT / 2 + 4;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        t = Math.min(t, 1);
        return new double[] {node.x + dx * t, node.y + dy * t};
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final class Bounds {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void add(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
    }
}
