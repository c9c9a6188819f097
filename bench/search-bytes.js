#!/usr/bin/env node
/* Bytes a query loads from a built site's search index: the index and t2s scripts, the
   postings shards of the query's tokens, and the document shards of the results shown.
   Uses the page's own search.js core, so the figures are what a browser loads.
   Usage: node bench/search-bytes.js SITE_DIR QUERY... */
'use strict';
var fs = require('fs');
var path = require('path');
var site = process.argv[2];
var queries = process.argv.slice(3);
var core = require(path.resolve(site, 'assets/search.js'));
global.BP_SEARCH = core;

function run(name) {
  var file = path.join(site, 'search', name + '.js');
  var code = fs.readFileSync(file, 'utf8');
  new Function('BP_SEARCH', code)(core);
  return Buffer.byteLength(code, 'utf8');
}

function total(dir) {
  return fs.readdirSync(dir).reduce(function (sum, f) { return sum + fs.statSync(path.join(dir, f)).size; }, 0);
}

var base = run('index') + run('t2s');
var meta = core.state().meta;
console.log('index: ' + (total(path.join(site, 'search')) / 1024).toFixed(0) + ' KiB in '
  + fs.readdirSync(path.join(site, 'search')).length + ' files; ' + meta.shards + ' postings shards; '
  + meta.kinds.length + ' documents; index.js+t2s.js ' + (base / 1024).toFixed(1) + ' KiB');
queries.forEach(function (q) {
  var tokens = core.queryTokens(q);
  var bytes = base;
  var shards = {};
  tokens.forEach(function (t) { shards['p-' + core.shardOf(t, meta.shards)] = true; });
  Object.keys(shards).forEach(function (s) { bytes += run(s); });
  var hits = core.score(tokens, '', '');
  var docShards = {};
  hits.slice(0, 20).forEach(function (h) { docShards['d-' + Math.floor(h.id / meta.docShard)] = true; });
  Object.keys(docShards).forEach(function (s) { bytes += run(s); });
  console.log('query ' + q + ' (' + tokens.length + ' tokens): ' + hits.length + ' hits, '
    + Object.keys(shards).length + ' postings + ' + Object.keys(docShards).length + ' document shards, '
    + (bytes / 1024).toFixed(1) + ' KiB loaded');
});
