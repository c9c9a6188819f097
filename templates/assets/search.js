/* Offline search for the portal. Plain ES5 (old intranet browsers), no fetch (it cannot read
   file://): the index is plain scripts that call BP_SEARCH.*, loaded by script tags on
   demand. Tokens and shard hashing match org.branchpress.search.Tokenizer exactly. Results
   are built with DOM nodes and textContent only: nothing from the index becomes HTML. */
(function () {
  'use strict';

  var MAX_RESULTS = 20;

  var meta = null;
  var t2s = {};
  var postings = {};
  var docs = {};
  var waiting = {};
  var timer = null;
  var generation = 0;

  var api = {
    meta: function (m) {
      /* years come as runs of [year, count]; one entry per document is what the filter needs */
      var years = [];
      for (var r = 0; r < m.yearRuns.length; r++) {
        for (var k = 0; k < m.yearRuns[r][1]; k++) {
          years.push(m.yearRuns[r][0]);
        }
      }
      m.years = years;
      meta = m;
    },
    t2s: function (pairs) {
      for (var i = 0; i + 1 < pairs.length; i += 2) {
        t2s[pairs.charAt(i)] = pairs.charAt(i + 1);
      }
    },
    p: function (n, data) { postings[n] = data; },
    d: function (n, data) { docs[n] = data; }
  };

  /* Loads one index script once; callbacks wait for it. A failed load calls back too. */
  function load(name, done) {
    if (waiting[name] === true) {
      done();
      return;
    }
    if (waiting[name]) {
      waiting[name].push(done);
      return;
    }
    waiting[name] = [done];
    var script = document.createElement('script');
    var finish = function () {
      var callbacks = waiting[name];
      waiting[name] = true;
      script.onload = script.onerror = null;
      if (script.parentNode) {
        script.parentNode.removeChild(script);
      }
      for (var i = 0; i < callbacks.length; i++) {
        callbacks[i]();
      }
    };
    script.onload = finish;
    script.onerror = finish;
    script.src = root + 'search/' + name + '.js';
    document.getElementsByTagName('head')[0].appendChild(script);
  }

  function loadAll(names, done) {
    var left = names.length;
    if (left === 0) {
      done();
      return;
    }
    for (var i = 0; i < names.length; i++) {
      load(names[i], function () {
        left--;
        if (left === 0) {
          done();
        }
      });
    }
  }

  function fold(c) {
    var code = c.charCodeAt(0);
    if (code >= 0xFF01 && code <= 0xFF5E) {
      c = String.fromCharCode(code - 0xFEE0);
      code = c.charCodeAt(0);
    } else if (code === 0x3000) {
      return ' ';
    }
    if (code >= 65 && code <= 90) {
      return String.fromCharCode(code + 32);
    }
    return t2s[c] || c;
  }

  function normalise(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      out += fold(text.charAt(i));
    }
    return out;
  }

  function isHan(c) {
    var code = c.charCodeAt(0);
    return (code >= 0x3400 && code <= 0x4DBF) || (code >= 0x4E00 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF);
  }

  function isWord(c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  function queryTokens(text) {
    var s = normalise(text);
    var out = [];
    var i = 0;
    while (i < s.length) {
      var start = i;
      if (isHan(s.charAt(i))) {
        while (i < s.length && isHan(s.charAt(i))) {
          i++;
        }
        if (i - start === 1) {
          out.push(s.charAt(start));
        } else {
          for (var k = start; k + 1 < i; k++) {
            out.push(s.substr(k, 2));
          }
        }
      } else if (isWord(s.charAt(i))) {
        while (i < s.length && isWord(s.charAt(i))) {
          i++;
        }
        out.push(s.substring(start, i));
      } else {
        i++;
      }
    }
    return unique(out);
  }

  function unique(items) {
    var seen = {};
    var out = [];
    for (var i = 0; i < items.length; i++) {
      if (!seen.hasOwnProperty(items[i])) {
        seen[items[i]] = true;
        out.push(items[i]);
      }
    }
    return out;
  }

  /* FNV-1a, 32 bits, multiplication by the FNV prime written as shifts (no Math.imul on old players). */
  function shardOf(token, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
    }
    return h % shards;
  }

  function score(tokens, kind, year, group) {
    var totals = {};
    var matched = {};
    var docCount = meta.kinds.length;
    for (var t = 0; t < tokens.length; t++) {
      var list = (postings[shardOf(tokens[t], meta.shards)] || {})[tokens[t]];
      if (!list) {
        continue;
      }
      var idf = Math.log(1 + docCount / list[0]);
      var id = 0;
      for (var i = 1; i + 1 < list.length; i += 2) {
        id += list[i];
        totals[id] = (totals[id] || 0) + list[i + 1] * idf;
        matched[id] = (matched[id] || 0) + 1;
      }
    }
    var need = Math.max(1, Math.ceil(tokens.length / 2));
    var hits = [];
    for (var key in totals) {
      if (totals.hasOwnProperty(key)) {
        var doc = +key;
        if (matched[doc] >= need && (!kind || meta.kinds.charAt(doc) === kind)
            && (!year || String(meta.years[doc]) === year)
            && (!group || !meta.groups || meta.groups.charAt(doc) === group)) {
          hits.push({ id: doc, score: totals[doc], matched: matched[doc] });
        }
      }
    }
    /* All query tokens first, then by score; on ties the newer page (a smaller number) first. */
    hits.sort(function (a, b) {
      return (b.matched - a.matched) || (b.score - a.score) || (a.id - b.id);
    });
    return hits;
  }

  /* Under node (tests, bench/search-bytes.js) the core is exported and the page is left alone. */
  if (typeof module === 'object' && module.exports) {
    api.queryTokens = queryTokens;
    api.shardOf = shardOf;
    api.score = score;
    api.state = function () { return { meta: meta, postings: postings, docs: docs }; };
    module.exports = api;
    return;
  }
  window.BP_SEARCH = api;

  var box = document.getElementById('search');
  if (!box) {
    return;
  }
  var root = box.getAttribute('data-root') || '';
  var input = document.getElementById('q');
  var kindFilter = document.getElementById('kind');
  /* The kinds, from the filter's options (the build writes them): letter -> badge and label. */
  var kinds = {};
  for (var o = 0; o < kindFilter.options.length; o++) {
    var kindOption = kindFilter.options[o];
    if (kindOption.value) {
      kinds[kindOption.value] = { badge: kindOption.getAttribute('data-badge'), label: kindOption.textContent };
    }
  }
  var yearFilter = document.getElementById('year');
  /* A 党总支's page: its own documents or one branch's (the meta's groups, one letter each) */
  var branchFilter = document.getElementById('branch');
  var statusLine = document.getElementById('status');
  var list = document.getElementById('results');

  function search() {
    var run = ++generation;
    var tokens = queryTokens(input.value);
    clear(list);
    if (!meta || tokens.length === 0) {
      statusLine.textContent = '';
      return;
    }
    statusLine.textContent = box.getAttribute('data-searching');
    var shards = [];
    for (var i = 0; i < tokens.length; i++) {
      shards.push('p-' + shardOf(tokens[i], meta.shards));
    }
    loadAll(unique(shards), function () {
      if (run !== generation) {
        return;
      }
      var hits = score(tokens, kindFilter.value, yearFilter.value, branchFilter ? branchFilter.value : '');
      var shown = hits.slice(0, MAX_RESULTS);
      var docShards = [];
      for (var k = 0; k < shown.length; k++) {
        docShards.push('d-' + Math.floor(shown[k].id / meta.docShard));
      }
      loadAll(unique(docShards), function () {
        if (run !== generation) {
          return;
        }
        render(shown, hits.length, tokens);
      });
    });
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function render(shown, total, tokens) {
    clear(list);
    statusLine.textContent = total === 0 ? box.getAttribute('data-none')
      : box.getAttribute('data-count').replace('%d', String(total));
    for (var i = 0; i < shown.length; i++) {
      var id = shown[i].id;
      var shard = docs[Math.floor(id / meta.docShard)];
      var doc = shard && shard[id % meta.docShard];
      if (!doc) {
        continue;
      }
      var item = document.createElement('li');
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = root + doc[1];
      highlight(link, doc[0], tokens);
      heading.appendChild(link);
      var info = document.createElement('p');
      info.className = 'meta';
      var badge = document.createElement('span');
      var kind = kinds[meta.kinds.charAt(id)];
      badge.className = 'badge badge-' + kind.badge;
      badge.textContent = kind.label;
      info.appendChild(badge);
      if (doc[2]) {
        var when = document.createElement('time');
        when.textContent = doc[2];
        info.appendChild(when);
      }
      var snippet = document.createElement('p');
      highlight(snippet, doc[3], tokens);
      item.appendChild(info);
      item.appendChild(heading);
      item.appendChild(snippet);
      list.appendChild(item);
    }
  }

  /* Marks every place a query token occurs. Folding maps one character to one character,
     so positions in the folded text are positions in the original. */
  function highlight(target, text, tokens) {
    var folded = normalise(text);
    var marks = [];
    for (var t = 0; t < tokens.length; t++) {
      var at = folded.indexOf(tokens[t]);
      while (at >= 0) {
        marks.push([at, at + tokens[t].length]);
        at = folded.indexOf(tokens[t], at + 1);
      }
    }
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    for (var i = 0; i < marks.length; i++) {
      var start = Math.max(marks[i][0], pos);
      var end = marks[i][1];
      while (i + 1 < marks.length && marks[i + 1][0] <= end) {
        end = Math.max(end, marks[++i][1]);
      }
      if (end <= start) {
        continue;
      }
      target.appendChild(document.createTextNode(text.substring(pos, start)));
      var mark = document.createElement('mark');
      mark.textContent = text.substring(start, end);
      target.appendChild(mark);
      pos = end;
    }
    target.appendChild(document.createTextNode(text.substring(pos)));
  }

  function initialQuery() {
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (!match) {
      return '';
    }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (e) {
      return '';
    }
  }

  function fillYears() {
    var seen = {};
    var years = [];
    for (var i = 0; i < meta.years.length; i++) {
      var y = meta.years[i];
      if (y > 0 && !seen[y]) {
        seen[y] = true;
        years.push(y);
      }
    }
    years.sort(function (a, b) { return b - a; });
    for (var k = 0; k < years.length; k++) {
      var option = document.createElement('option');
      option.value = String(years[k]);
      option.textContent = years[k] + '年';
      yearFilter.appendChild(option);
    }
  }

  function later() {
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(search, 150);
  }

  input.value = initialQuery();
  input.oninput = later;
  input.onkeyup = later;
  kindFilter.onchange = search;
  yearFilter.onchange = search;
  if (branchFilter) {
    branchFilter.onchange = search;
  }
  input.form.onsubmit = function () {
    search();
    return false;
  };
  loadAll(['index', 't2s'], function () {
    if (meta) {
      fillYears();
      search();
    }
  });
}());
