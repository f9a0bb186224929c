package org.supcert.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.supcert.graph.OverlapGraph;
import org.supcert.graph.SupportClass;

/**
 * The overlap graph of docs/theory.md#decomposition (one vertex per class, an edge when rank-one supports
 * meet) drawn on a circle in class order; vertices in the class colours, complete classes with a
 * double ring. Edges are listed in sorted order so the drawing is reproducible.
 */
final class OverlapFigure {
    /** Most classes drawn (the pairwise test is quadratic). */
    static final int MAX_CLASSES = 120;

    private OverlapFigure() {}

    static boolean fits(int classes) { return classes <= MAX_CLASSES; }

    static void render(StringBuilder b, List<SupportClass> classes) {
        Graph<Integer, DefaultEdge> g = OverlapGraph.of(classes);
        int k = classes.size();
        double size = 240;
        double c = size / 2;
        double radius = k == 1 ? 0 : size / 2 - 22;
        double[] x = new double[k];
        double[] y = new double[k];
        int[] index = new int[classes.stream().mapToInt(SupportClass::id).max().orElse(0) + 1];
        for (int v = 0; v < k; v++) {
            double a = -Math.PI / 2 + 2 * Math.PI * v / k;
            x[v] = c + radius * Math.cos(a);
            y[v] = c + radius * Math.sin(a);
            index[classes.get(v).id()] = v;
        }
        List<int[]> edges = new ArrayList<>();
        for (DefaultEdge e : g.edgeSet()) {
            int s = index[g.getEdgeSource(e)];
            int t = index[g.getEdgeTarget(e)];
            edges.add(new int[] {Math.min(s, t), Math.max(s, t)});
        }
        edges.sort(Comparator.<int[]>comparingInt(e -> e[0]).thenComparingInt(e -> e[1]));
        b.append("<figure class=\"overlap\">");
        String close = Svg.open(b, size, size, size, "overlap graph");
        b.append("<g stroke=\"#888\" stroke-width=\"1.2\">");
        for (int[] e : edges) {
            b.append("<line x1=\"").append(Svg.n(x[e[0]])).append("\" y1=\"").append(Svg.n(y[e[0]])).append("\" x2=\"")
                    .append(Svg.n(x[e[1]])).append("\" y2=\"").append(Svg.n(y[e[1]])).append("\"/>");
        }
        b.append("</g>");
        double r = k > 40 ? 4 : 9;
        for (int v = 0; v < k; v++) {
            SupportClass cls = classes.get(v);
            if (cls.isComplete()) {
                b.append("<circle cx=\"").append(Svg.n(x[v])).append("\" cy=\"").append(Svg.n(y[v])).append("\" r=\"")
                        .append(Svg.n(r + 3)).append("\" fill=\"none\" stroke=\"#222\" stroke-width=\"1.2\"/>");
            }
            b.append("<circle cx=\"").append(Svg.n(x[v])).append("\" cy=\"").append(Svg.n(y[v])).append("\" r=\"")
                    .append(Svg.n(r)).append("\" fill=\"").append(Svg.colour(cls.id())).append("\"><title>")
                    .append(Svg.esc(ClassFigure.title(cls))).append("</title></circle>");
            if (k <= 40) {
                b.append("<text x=\"").append(Svg.n(x[v])).append("\" y=\"").append(Svg.n(y[v] + 3.5))
                        .append("\" font-size=\"9\" text-anchor=\"middle\" fill=\"#fff\">").append(cls.id()).append("</text>");
            }
        }
        b.append(close);
        b.append("<figcaption>overlap graph: ").append(k).append(" class(es), ").append(edges.size())
                .append(" overlap(s); double ring: complete class</figcaption></figure>\n");
    }
}
