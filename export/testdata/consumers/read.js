// Reads an export with the real library and prints what the library sees as
// JSON: {"nodes":{id:{attrs}}, "edges":{id:{"source","target",attrs}}, "info":{…}}.
// Usage: node read.js cytoscape|graphology|gexf|graphml FILE
'use strict';
const fs = require('fs');
const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const json = format === 'cytoscape' || format === 'graphology' ? JSON.parse(text) : null;
const out = { nodes: {}, edges: {}, info: {} };

if (format === 'cytoscape') {
  const cytoscape = require('cytoscape');
  // Cytoscape warns (does not throw) on some bad input; make warnings fatal.
  console.warn = (...args) => { console.error('cytoscape warning:', ...args); process.exit(3); };
  const cy = cytoscape({ headless: true, elements: json.elements });
  cy.nodes().forEach((n) => { out.nodes[n.id()] = n.data(); });
  cy.edges().forEach((e) => {
    out.edges[e.id()] = Object.assign({}, e.data(), { source: e.source().id(), target: e.target().id() });
  });
  out.info = { nodes: cy.nodes().length, edges: cy.edges().length, loops: cy.edges().filter((e) => e.isLoop()).length };
  // Round trip: cy.json() must give back the same elements.
  const back = cy.json().elements;
  out.info.roundTripNodes = (back.nodes || []).length;
  out.info.roundTripEdges = (back.edges || []).length;
} else if (format === 'graphology') {
  const { MultiDirectedGraph } = require('graphology');
  const Graph = require('graphology');
  const g = Graph.from(json);
  g.forEachNode((key, attrs) => { out.nodes[key] = attrs; });
  g.forEachEdge((key, attrs, source, target) => {
    out.edges[key] = Object.assign({}, attrs, { source, target });
  });
  out.info = {
    nodes: g.order, edges: g.size, type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops,
    attributes: g.getAttributes(), isMultiDirected: g instanceof MultiDirectedGraph || (g.multi && g.type === 'directed'),
  };
} else if (format === 'gexf' || format === 'graphml') {
  // graphology's own GEXF and GraphML parsers (used with sigma.js).
  const { MultiDirectedGraph } = require('graphology');
  const parser = require(format === 'gexf' ? 'graphology-gexf' : 'graphology-graphml');
  const g = parser.parse(MultiDirectedGraph, text);
  g.forEachNode((key, attrs) => { out.nodes[key] = attrs; });
  g.forEachEdge((key, attrs, source, target) => {
    out.edges[key] = Object.assign({}, attrs, { source, target });
  });
  out.info = { nodes: g.order, edges: g.size, type: g.type, multi: g.multi, attributes: g.getAttributes() };
} else {
  console.error('unknown format ' + format);
  process.exit(2);
}
process.stdout.write(JSON.stringify(out));
