//! Renderings of a pathway: Graphviz DOT, Mermaid, and a self-contained SVG laid out here
//! (layered, left to right) so no external Graphviz is needed.

use std::collections::HashMap;
use std::fmt::Write as _;

use petgraph::algo::toposort;
use petgraph::graph::NodeIndex;
use petgraph::visit::{EdgeFiltered, EdgeRef};

use crate::model::{Category, NodeKind, Pathway};

fn kind_colour(kind: NodeKind) -> (&'static str, &'static str) {
    // (fill, stroke)
    match kind {
        NodeKind::Workup => ("#e3f2fd", "#1565c0"),
        NodeKind::Decision => ("#fff8e1", "#ef6c00"),
        NodeKind::Treatment => ("#e8f5e9", "#2e7d32"),
        NodeKind::Surveillance => ("#f3e5f5", "#6a1b9a"),
        NodeKind::Recurrence => ("#ffebee", "#c62828"),
    }
}

fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

fn truncate(text: &str, n: usize) -> String {
    if text.chars().count() <= n {
        text.to_string()
    } else {
        let keep: String = text.chars().take(n.saturating_sub(1)).collect();
        format!("{keep}…")
    }
}

fn dot_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Pathway {
    /// Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "digraph \"{}\" {{", dot_escape(&self.id));
        let _ = writeln!(s, "  label=\"{}\"; labelloc=t; rankdir=LR;", dot_escape(&self.title));
        let _ = writeln!(s, "  node [fontname=\"Helvetica\", fontsize=10, style=\"rounded,filled\", shape=box];");
        let _ = writeln!(s, "  edge [fontname=\"Helvetica\", fontsize=8];");
        for n in self.nodes() {
            let (fill, stroke) = kind_colour(n.kind);
            let shape = match n.kind {
                NodeKind::Decision => "diamond",
                NodeKind::Recurrence => "octagon",
                _ => "box",
            };
            let style = match n.category {
                Category::Preferred => "rounded,filled,bold",
                Category::OtherRecommended => "rounded,filled",
                Category::UsefulInCertainCircumstances => "rounded,filled,dashed",
            };
            let label = format!(
                "{}\\n[{} · {}]",
                wrap(&n.title, 32, 4).iter().map(|l| dot_escape(l)).collect::<Vec<_>>().join("\\n"),
                n.kind.as_str(),
                n.category.as_str()
            );
            let _ = writeln!(s, "  \"{}\" [label=\"{label}\", shape={shape}, style=\"{style}\", fillcolor=\"{fill}\", color=\"{stroke}\"];", dot_escape(&n.id));
        }
        for e in self.graph.edge_references() {
            let (a, b) = (&self.graph[e.source()].id, &self.graph[e.target()].id);
            let w = e.weight();
            let mut attrs = vec![format!("label=\"{}\"", dot_escape(&w.guard.to_string()))];
            if w.recurrence {
                attrs.push("style=dashed, color=\"#c62828\", constraint=false".into());
            }
            let _ = writeln!(s, "  \"{}\" -> \"{}\" [{}];", dot_escape(a), dot_escape(b), attrs.join(", "));
        }
        s.push_str("}\n");
        s
    }

    /// Mermaid flowchart.
    pub fn to_mermaid(&self) -> String {
        fn esc(s: &str) -> String {
            s.replace('"', "#quot;").replace('<', "#lt;").replace('>', "#gt;")
        }
        let mut s = String::from("flowchart LR\n");
        for n in self.nodes() {
            let label = esc(&n.title);
            let shape = match n.kind {
                NodeKind::Decision => format!("{{\"{label}\"}}"),
                NodeKind::Workup => format!("[/\"{label}\"/]"),
                NodeKind::Surveillance => format!("([\"{label}\"])"),
                NodeKind::Recurrence => format!("[[\"{label}\"]]"),
                NodeKind::Treatment => format!("[\"{label}\"]"),
            };
            let _ = writeln!(s, "  n_{}{shape}", n.id);
        }
        for e in self.graph.edge_references() {
            let (a, b) = (&self.graph[e.source()].id, &self.graph[e.target()].id);
            let arrow = if e.weight().recurrence { "-.->" } else { "-->" };
            let label = e.weight().guard.to_string();
            if label.is_empty() {
                let _ = writeln!(s, "  n_{a} {arrow} n_{b}");
            } else {
                let _ = writeln!(s, "  n_{a} {arrow}|\"{}\"| n_{b}", esc(&label));
            }
        }
        for k in NodeKind::ALL {
            let (fill, stroke) = kind_colour(k);
            let _ = writeln!(s, "  classDef {} fill:{fill},stroke:{stroke}", k.as_str());
        }
        for n in self.nodes() {
            let _ = writeln!(s, "  class n_{} {}", n.id, n.kind.as_str());
        }
        s
    }

    /// A standalone SVG (layered left-to-right layout).
    pub fn to_svg(&self) -> String {
        self.to_svg_highlighting(&[])
    }

    /// A standalone SVG with the given node ids highlighted (e.g. where a patient is).
    pub fn to_svg_highlighting(&self, highlight: &[&str]) -> String {
        svg(self, highlight)
    }
}

const NODE_W: f64 = 240.0;
const NODE_H: f64 = 62.0;
const GAP_X: f64 = 170.0;
const GAP_Y: f64 = 26.0;
const MARGIN: f64 = 40.0;
const TOP: f64 = 110.0;

/// A layout slot: a real node or a point a long edge passes through.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Node(NodeIndex),
    Dummy(usize),
}

fn svg(p: &Pathway, highlight: &[&str]) -> String {
    let n = p.graph.node_count();
    // 1. Layers: longest path over forward edges (recurrence edges ignored).
    let forward = EdgeFiltered::from_fn(&p.graph, |e| !e.weight().recurrence);
    let order: Vec<NodeIndex> = toposort(&forward, None).unwrap_or_else(|_| p.graph.node_indices().collect());
    let mut layer = vec![0usize; n];
    // A node entered only through recurrence edges sits one layer after its source.
    let only_recurrence: Vec<bool> = p
        .graph
        .node_indices()
        .map(|ix| {
            ix != p.entry && p.graph.edges_directed(ix, petgraph::Direction::Incoming).all(|e| e.weight().recurrence)
        })
        .collect();
    for _ in 0..3 {
        for &ix in &order {
            if only_recurrence[ix.index()] {
                let base = p
                    .graph
                    .edges_directed(ix, petgraph::Direction::Incoming)
                    .map(|e| layer[e.source().index()] + 1)
                    .max()
                    .unwrap_or(0);
                layer[ix.index()] = layer[ix.index()].max(base);
            }
            for e in p.graph.edges(ix) {
                if !e.weight().recurrence {
                    layer[e.target().index()] = layer[e.target().index()].max(layer[ix.index()] + 1);
                }
            }
        }
    }
    let layers_n = layer.iter().max().map(|m| m + 1).unwrap_or(1);

    // 2. Slots per layer; long edges get one dummy per layer crossed.
    let mut slots: Vec<Vec<Slot>> = vec![Vec::new(); layers_n];
    for ix in p.graph.node_indices() {
        slots[layer[ix.index()]].push(Slot::Node(ix));
    }
    // Each forward edge becomes a chain of slots.
    let mut chains: Vec<(petgraph::graph::EdgeIndex, Vec<Slot>)> = Vec::new();
    let mut dummy_count = 0;
    for e in p.graph.edge_references() {
        if e.weight().recurrence {
            continue;
        }
        let (a, b) = (e.source(), e.target());
        let mut chain = vec![Slot::Node(a)];
        let crossed = layer[b.index()].saturating_sub(layer[a.index()] + 1);
        for layer_slots in slots.iter_mut().skip(layer[a.index()] + 1).take(crossed) {
            let d = Slot::Dummy(dummy_count);
            dummy_count += 1;
            layer_slots.push(d);
            chain.push(d);
        }
        chain.push(Slot::Node(b));
        chains.push((e.id(), chain));
    }
    // Neighbours between adjacent layers, for ordering.
    let mut preds: HashMap<SlotKey, Vec<Slot>> = HashMap::new();
    let mut succs: HashMap<SlotKey, Vec<Slot>> = HashMap::new();
    for (_, chain) in &chains {
        for w in chain.windows(2) {
            succs.entry(key(w[0])).or_default().push(w[1]);
            preds.entry(key(w[1])).or_default().push(w[0]);
        }
    }

    // 3. Order within layers: barycentre sweeps.
    let mut pos: HashMap<SlotKey, f64> = HashMap::new();
    for layer_slots in &slots {
        for (i, s) in layer_slots.iter().enumerate() {
            pos.insert(key(*s), i as f64);
        }
    }
    for sweep in 0..8 {
        let down = sweep % 2 == 0;
        let range: Vec<usize> =
            if down { (1..layers_n).collect() } else { (0..layers_n.saturating_sub(1)).rev().collect() };
        for l in range {
            let neigh = if down { &preds } else { &succs };
            let mut keyed: Vec<(f64, Slot)> = slots[l]
                .iter()
                .map(|s| {
                    let ns = neigh.get(&key(*s)).map(Vec::as_slice).unwrap_or(&[]);
                    let bc = if ns.is_empty() {
                        pos[&key(*s)]
                    } else {
                        ns.iter().map(|x| pos[&key(*x)]).sum::<f64>() / ns.len() as f64
                    };
                    (bc, *s)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
            slots[l] = keyed.iter().map(|(_, s)| *s).collect();
            for (i, s) in slots[l].iter().enumerate() {
                pos.insert(key(*s), i as f64);
            }
        }
    }

    // 4. Coordinates: y pulled towards neighbours, then pushed apart.
    let height = |s: Slot| {
        if matches!(s, Slot::Node(_)) {
            NODE_H
        } else {
            8.0
        }
    };
    let mut y: HashMap<SlotKey, f64> = HashMap::new();
    for layer_slots in &slots {
        let mut cur = 0.0;
        for s in layer_slots {
            y.insert(key(*s), cur);
            cur += height(*s) + GAP_Y;
        }
    }
    for round in 0..6 {
        for layer_slots in &slots {
            let neigh = if round % 2 == 0 { &preds } else { &succs };
            let mut wanted: Vec<f64> = layer_slots
                .iter()
                .map(|s| {
                    let ns = neigh.get(&key(*s)).map(Vec::as_slice).unwrap_or(&[]);
                    if ns.is_empty() {
                        y[&key(*s)]
                    } else {
                        ns.iter().map(|x| y[&key(*x)] + height(*x) / 2.0).sum::<f64>() / ns.len() as f64
                            - height(*s) / 2.0
                    }
                })
                .collect();
            for i in 1..wanted.len() {
                let min = wanted[i - 1] + height(layer_slots[i - 1]) + GAP_Y;
                if wanted[i] < min {
                    wanted[i] = min;
                }
            }
            for (s, w) in layer_slots.iter().zip(wanted) {
                y.insert(key(*s), w);
            }
        }
    }
    let min_y = y.values().cloned().fold(f64::INFINITY, f64::min);
    let min_y = if min_y.is_finite() { min_y } else { 0.0 };
    let x_of = |l: usize| MARGIN + l as f64 * (NODE_W + GAP_X);
    let coord = |s: Slot, l: usize| (x_of(l), y[&key(s)] - min_y + TOP);
    let slot_layer = |s: Slot| -> usize { slots.iter().position(|ls| ls.contains(&s)).unwrap_or(0) };

    let max_y =
        y.iter().map(|(k, v)| v - min_y + if matches!(k, SlotKey::Node(_)) { NODE_H } else { 8.0 }).fold(0.0, f64::max)
            + TOP;
    let width = x_of(layers_n) - GAP_X + MARGIN;
    let height_px = max_y + 90.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height_px:.0}" viewBox="0 0 {width:.0} {height_px:.0}" font-family="Helvetica, Arial, sans-serif">"#
    );
    let _ = writeln!(
        s,
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker><marker id="arrow-red" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker></defs>"##
    );
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="36" font-size="22" font-weight="bold" fill="#222">{}</text>"##,
        xml_escape(&p.title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{MARGIN}" y="58" font-size="12" fill="#555">{} · version {} · {} nodes, {} edges</text>"##,
        xml_escape(&p.id),
        xml_escape(&p.version),
        p.graph.node_count(),
        p.graph.edge_count()
    );
    // Legend.
    let mut lx = MARGIN;
    for k in NodeKind::ALL {
        let (fill, stroke) = kind_colour(k);
        let _ = writeln!(
            s,
            r##"<rect x="{lx}" y="72" width="14" height="14" rx="3" fill="{fill}" stroke="{stroke}"/><text x="{}" y="83" font-size="12" fill="#333">{}</text>"##,
            lx + 20.0,
            k.as_str()
        );
        lx += 120.0;
    }
    let _ = writeln!(
        s,
        r##"<text x="{lx}" y="83" font-size="12" fill="#333">thick border = preferred · thin = other recommended · dashed = useful in certain circumstances · red dashed arrow = recurrence</text>"##
    );

    // Edges first, so nodes paint over them.
    let mut labels = String::new();
    let mut label_stack: HashMap<SlotKey, usize> = HashMap::new();
    let mut recurrence_labels: HashMap<usize, usize> = HashMap::new();
    for (e, chain) in &chains {
        let w = &p.graph[*e];
        let pts: Vec<(f64, f64)> = chain
            .iter()
            .enumerate()
            .map(|(i, slot)| {
                let (x, yy) = coord(*slot, slot_layer(*slot));
                match slot {
                    Slot::Node(_) if i == 0 => (x + NODE_W, yy + NODE_H / 2.0),
                    Slot::Node(_) => (x, yy + NODE_H / 2.0),
                    Slot::Dummy(_) => (x + NODE_W / 2.0, yy + 4.0),
                }
            })
            .collect();
        let mut d = format!("M{:.1},{:.1}", pts[0].0, pts[0].1);
        for win in pts.windows(2) {
            let ((x0, y0), (x1, y1)) = (win[0], win[1]);
            let mx = (x0 + x1) / 2.0;
            let _ = write!(d, " C{mx:.1},{y0:.1} {mx:.1},{y1:.1} {x1:.1},{y1:.1}");
        }
        // Straight runs through dummies.
        let label = w.guard.to_string();
        let _ = writeln!(
            s,
            r##"<path d="{d}" fill="none" stroke="#777" stroke-width="1.3" marker-end="url(#arrow)"><title>{}</title></path>"##,
            xml_escape(&label)
        );
        if !label.is_empty() {
            // Just before the end of the first segment: branches fanning out of a decision
            // are spread apart there; labels into the same slot are stacked.
            let (x1, y1) = pts[1];
            let k = label_stack.entry(key(chain[1])).or_insert(0usize);
            let lines = wrap(&label, 30, 2);
            let base = y1 - 6.0 - *k as f64 * 24.0 - (lines.len() as f64 - 1.0) * 11.0;
            *k += 1;
            for (i, line) in lines.iter().enumerate() {
                let _ = writeln!(
                    labels,
                    r##"<text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#333" stroke="#fff" stroke-width="3" paint-order="stroke"><title>{}</title>{}</text>"##,
                    x1 - 8.0,
                    base + i as f64 * 11.0,
                    xml_escape(&label),
                    xml_escape(line)
                );
            }
        }
    }
    for e in p.graph.edge_references().filter(|e| e.weight().recurrence) {
        let (ax, ay) = coord(Slot::Node(e.source()), layer[e.source().index()]);
        let (bx, by) = coord(Slot::Node(e.target()), layer[e.target().index()]);
        let (x0, y0) = (ax + NODE_W / 2.0, ay + NODE_H);
        let (x1, y1) = (bx + NODE_W / 2.0, by + NODE_H);
        let dip = y0.max(y1) + 60.0;
        let label = e.weight().guard.to_string();
        let _ = writeln!(
            s,
            r##"<path d="M{x0:.1},{y0:.1} C{x0:.1},{dip:.1} {x1:.1},{dip:.1} {x1:.1},{y1:.1}" fill="none" stroke="#c62828" stroke-width="1.5" stroke-dasharray="6,4" marker-end="url(#arrow-red)"><title>recurrence: {}</title></path>"##,
            xml_escape(&label)
        );
        // Labelled just under the source; several from one source are stacked.
        let k = recurrence_labels.entry(e.source().index()).or_insert(0usize);
        let _ = writeln!(
            labels,
            r##"<text x="{:.1}" y="{:.1}" font-size="10" text-anchor="middle" fill="#c62828" stroke="#fff" stroke-width="3" paint-order="stroke"><title>{}</title>↻ {}</text>"##,
            x0,
            y0 + 14.0 + *k as f64 * 12.0,
            xml_escape(&label),
            xml_escape(&truncate(&label, 44))
        );
        *k += 1;
    }

    for ix in p.graph.node_indices() {
        let node = &p.graph[ix];
        let (x, yy) = coord(Slot::Node(ix), layer[ix.index()]);
        let (fill, stroke) = kind_colour(node.kind);
        let (sw, dash) = match node.category {
            Category::Preferred => (2.6, ""),
            Category::OtherRecommended => (1.2, ""),
            Category::UsefulInCertainCircumstances => (1.2, r#" stroke-dasharray="5,3""#),
        };
        let hl = highlight.contains(&node.id.as_str());
        let mut tip =
            format!("{} ({})\nkind: {} · {}", node.title, node.id, node.kind.as_str(), node.category.as_str());
        if let Some(w) = &node.when {
            let _ = write!(tip, "\nwhen: {w}");
        }
        for src in &node.sources {
            let _ = write!(tip, "\nsource: {src}");
        }
        let codes: Vec<String> = node.all_services().iter().map(|c| c.to_string()).collect();
        if !codes.is_empty() {
            let _ = write!(tip, "\nservices: {}", codes.join(", "));
        }
        let _ = writeln!(s, r#"<g id="node-{}"><title>{}</title>"#, xml_escape(&node.id), xml_escape(&tip));
        if hl {
            let _ = writeln!(
                s,
                r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="12" fill="none" stroke="#fbc02d" stroke-width="6"/>"##,
                x - 5.0,
                yy - 5.0,
                NODE_W + 10.0,
                NODE_H + 10.0
            );
        }
        let rx = if node.kind == NodeKind::Decision { 22.0 } else { 8.0 };
        let _ = writeln!(
            s,
            r#"<rect x="{x:.1}" y="{yy:.1}" width="{NODE_W}" height="{NODE_H}" rx="{rx}" fill="{fill}" stroke="{stroke}" stroke-width="{sw}"{dash}/>"#
        );
        let lines = wrap(&node.title, 34, 3);
        let start = yy + NODE_H / 2.0 - (lines.len() as f64 * 13.0) / 2.0 + 4.0;
        for (i, line) in lines.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="#111">{}</text>"##,
                x + NODE_W / 2.0,
                start + i as f64 * 13.0,
                xml_escape(line)
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" font-size="9" text-anchor="end" fill="{stroke}">{}</text>"#,
            x + NODE_W - 6.0,
            yy + NODE_H - 4.0,
            node.kind.as_str()
        );
        s.push_str("</g>\n");
    }
    s.push_str(&labels);
    s.push_str("</svg>\n");
    s
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum SlotKey {
    Node(usize),
    Dummy(usize),
}

fn key(s: Slot) -> SlotKey {
    match s {
        Slot::Node(ix) => SlotKey::Node(ix.index()),
        Slot::Dummy(d) => SlotKey::Dummy(d),
    }
}
