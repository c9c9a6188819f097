/* TV screens (楼宇电视): shows one slide at a time, for weeks, on players as old as
   Chromium 30. Plain ES5: no let/const, arrow functions, template strings, fetch,
   URLSearchParams or Intl. The page never creates lasting nodes: slides are a fixed set,
   pictures of hidden slides are released, the build-id probe removes its script tag. */
(function () {
  'use strict';

  var doc = document;
  var html = doc.documentElement;
  var buildDay = html.getAttribute('data-build-day');
  var siteRoot = html.getAttribute('data-root') || '';
  var speed = readNumber('speed', 1);
  /* ?reloadHours=N replaces the page's data-reload-hours (before ?speed= divides it): a soak
     test of thousands of slide changes at high speed would otherwise pass the 4 hours. */
  var reloadAfter = readNumber('reloadHours', parseFloat(html.getAttribute('data-reload-hours')) || 4)
    * 3600000 / speed;
  var pollEvery = Math.max(500, 60000 / speed);
  var driftEvery = Math.max(500, 180000 / speed);
  var WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
  /* Burn-in: the header, clock and ticker never stay on the same pixels for long. */
  var DRIFT = [[0, 0], [3, 2], [-2, 3], [-3, -2], [2, -3], [4, 0], [0, 4], [-4, 0], [0, -4]];

  var slides = toArray(doc.querySelectorAll('.slide[data-seconds]'));
  var fallback = doc.querySelector('.slide-fallback');
  var tickers = toArray(doc.querySelectorAll('.ticker-line'));
  var chrome = toArray(doc.querySelectorAll('.chrome'));
  var clock = doc.getElementById('clock');
  var head = doc.getElementsByTagName('head')[0];

  /* Time shown so far, added up from the slide timers: the device clock may jump (a player
     that lost its time and gets it back, or the other way), this does not. */
  var ranFor = 0;
  var firstId = window.BUILD_ID;
  var contentChanged = false;
  var current = -1;
  var shown = null;
  var ticker = 0;
  var tickerUntil = 0;
  var drift = 0;
  var changes = 0;
  var reloading = false;
  /* The pending change of slide, and when it was set and for how long: a video slide ends
     early when its video does, or shows its poster instead when it cannot play. */
  var timer = null;
  var timerSet = 0;
  var timerFor = 0;
  var playing = null;

  function toArray(list) {
    var out = [];
    for (var i = 0; i < list.length; i++) {
      out.push(list[i]);
    }
    return out;
  }

  /* ?speed=50 runs everything fifty times faster: for tests of weeks of rotation. */
  function readNumber(name, fallbackValue) {
    var match = new RegExp('[?&]' + name + '=([0-9.]+)').exec(window.location.search);
    var value = match ? parseFloat(match[1]) : NaN;
    return value > 0 ? value : fallbackValue;
  }

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function isoDay(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /* A player whose clock is earlier than the build's day has lost its time: trust the build. */
  function clockIsWrong(now) {
    return isoDay(now) < buildDay;
  }

  function today() {
    var now = new Date();
    return clockIsWrong(now) ? buildDay : isoDay(now);
  }

  /* data-hours="08:00-10:00" by the player's clock; past midnight when it ends before it
     starts. A player whose clock is wrong does not know the hour: such a slide waits. */
  function inHours(slide) {
    var hours = slide.getAttribute('data-hours');
    if (!hours) {
      return true;
    }
    var now = new Date();
    if (clockIsWrong(now)) {
      return false;
    }
    var m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(hours);
    if (!m) {
      return true;
    }
    var minute = now.getHours() * 60 + now.getMinutes();
    var from = +m[1] * 60 + +m[2];
    var to = +m[3] * 60 + +m[4];
    return from < to ? minute >= from && minute < to : minute >= from || minute < to;
  }

  function eligible(slide, day) {
    var from = slide.getAttribute('data-from');
    var until = slide.getAttribute('data-until');
    return (!from || from <= day) && (!until || until >= day) && inHours(slide);
  }

  function isUrgent(slide) {
    return slide.getAttribute('data-urgent') === 'true';
  }

  /* An urgent notice (a meeting moved, a weather warning) takes over the screen while its
     window holds the day: then only urgent notices rotate. The day is the player's, or the
     build's when the player's clock is wrong, as for every data-from/data-until. */
  function takenOver(day) {
    for (var i = 0; i < slides.length; i++) {
      if (isUrgent(slides[i]) && eligible(slides[i], day)) {
        return true;
      }
    }
    return false;
  }

  function setImages(slide, on) {
    var images = slide.getElementsByTagName('img');
    for (var i = 0; i < images.length; i++) {
      var src = images[i].getAttribute('data-src');
      if (!src) {
        continue;
      }
      if (on) {
        images[i].setAttribute('src', src);
      } else {
        images[i].removeAttribute('src');
      }
    }
  }

  /* Stops the video that plays, and lets go of its file: the decoder and its buffers are
     released, as the pictures of hidden slides are. */
  function stopVideo() {
    if (!playing) {
      return;
    }
    var video = playing;
    playing = null;
    video.onended = video.onerror = null;
    try {
      video.pause();
      video.removeAttribute('src');
      video.load();
    } catch (e) {
      /* an engine without media support: nothing plays */
    }
  }

  /* Plays a video slide's video, muted (old players autoplay only muted). ended or failed is
     called once: failed after the poster has been put in the video's place. */
  function startVideo(slide, ended, failed) {
    var video = slide.getElementsByTagName('video')[0];
    var settled = false;
    function once(then) {
      return function () {
        if (!settled && playing === video) {
          settled = true;
          then();
        }
      };
    }
    var fail = once(function () {
      slide.className += ' video-failed';
      failed();
    });
    slide.className = slide.className.replace(/ ?\bvideo-failed\b/g, '');
    if (!video || typeof video.play !== 'function') {
      playing = video || slide;
      fail();
      return;
    }
    playing = video;
    video.onended = once(ended);
    video.onerror = fail;
    video.muted = true;
    video.setAttribute('src', video.getAttribute('data-src'));
    try {
      var started = video.play();
      if (started && typeof started.then === 'function') {
        started.then(null, fail);
      }
    } catch (e) {
      fail();
    }
  }

  function show(slide) {
    if (shown === slide) {
      return;
    }
    if (shown) {
      shown.className = shown.className.replace(/ ?\bon\b/g, '');
      setImages(shown, false);
      stopVideo();
    }
    setImages(slide, true);
    slide.className += ' on';
    shown = slide;
  }

  /* A line that scrolls on this panel (data-scroll-landscape or -portrait, as screen.css
     decides by the panel's orientation) keeps the ticker until it has scrolled past. */
  function holdTicker() {
    var upright = window.matchMedia ? window.matchMedia('(orientation: portrait)').matches
      : window.innerHeight > window.innerWidth;
    var scroll = parseFloat(tickers[ticker].getAttribute(upright ? 'data-scroll-portrait' : 'data-scroll-landscape')) || 0;
    tickerUntil = scroll ? new Date().getTime() + scroll * 1000 : 0;
  }

  function nextTicker() {
    if (tickers.length < 2 || new Date().getTime() < tickerUntil) {
      return;
    }
    tickers[ticker].className = tickers[ticker].className.replace(/ ?\bon\b/g, '');
    ticker = (ticker + 1) % tickers.length;
    tickers[ticker].className += ' on';
    holdTicker();
  }

  function reload() {
    if (!reloading) {
      reloading = true;
      window.location.reload();
    }
  }

  /* Loads build-id.js again with a script tag (fetch does not exist on old players and
     cannot read file://). A failed load changes nothing: no error page when the network is down.
     A load that never ends counts as failed after one poll interval (at most 30 s), so a hung
     share does not pile up script tags. */
  function probe(done) {
    var script = doc.createElement('script');
    var finished = false;
    var timer = window.setTimeout(function () { finish(false); }, Math.min(30000, pollEvery));
    function finish(ok) {
      if (finished) {
        return;
      }
      finished = true;
      window.clearTimeout(timer);
      script.onload = script.onerror = null;
      if (script.parentNode) {
        script.parentNode.removeChild(script);
      }
      if (ok && window.BUILD_ID !== firstId) {
        contentChanged = true;
      }
      if (done) {
        done(ok);
      }
    }
    script.onload = function () { finish(true); };
    script.onerror = function () { finish(false); };
    script.src = siteRoot + 'build-id.js?v=' + new Date().getTime();
    head.appendChild(script);
  }

  /* At the end of each loop: new content, or hours of running, mean a fresh page, but only
     when build-id.js loads right now: reloading while the share is away shows an error page. */
  function loopEnded() {
    if (contentChanged || ranFor > reloadAfter) {
      probe(function (ok) {
        if (ok) {
          reload();
        }
      });
    }
  }

  function advance() {
    if (reloading) {
      return;
    }
    var day = today();
    var urgentOnly = takenOver(day);
    var next = -1;
    var ended = false;
    for (var k = 1; k <= slides.length; k++) {
      var i = (current + k) % slides.length;
      if (current >= 0 && current + k === slides.length) {
        ended = true;
      }
      if (eligible(slides[i], day) && (!urgentOnly || isUrgent(slides[i]))) {
        next = i;
        break;
      }
    }
    var seconds;
    if (next < 0) {
      show(fallback);
      seconds = 30;
      ended = true;
    } else {
      current = next;
      show(slides[next]);
      seconds = parseFloat(slides[next].getAttribute('data-seconds')) || 12;
      var frame = slides[next].querySelector('.video-frame');
      if (frame) {
        var posterSeconds = seconds;
        seconds = parseFloat(frame.getAttribute('data-video-seconds')) || seconds;
        startVideo(slides[next], function () { schedule(0); }, function () { schedule(posterSeconds * 1000 / speed); });
      }
    }
    if (ended) {
      loopEnded();
    }
    changes++;
    html.setAttribute('data-changes', String(changes));
    nextTicker();
    schedule(seconds * 1000 / speed, true);
  }

  /* The next change of slide, in ms from now: a new slide's, or (again) the shown one's when
     its video ended or failed. Running time counts what the slide really showed. */
  function schedule(ms, fresh) {
    var delay = Math.max(20, ms);
    if (!fresh) {
      window.clearTimeout(timer);
      var elapsed = Math.min(timerFor, Math.max(0, new Date().getTime() - timerSet));
      ranFor += elapsed - timerFor;
    }
    ranFor += delay;
    timerSet = new Date().getTime();
    timerFor = delay;
    timer = window.setTimeout(advance, delay);
  }

  function tick() {
    var now = new Date();
    var text;
    if (clockIsWrong(now)) {
      var parts = buildDay.split('-');
      var day = new Date(+parts[0], +parts[1] - 1, +parts[2]);
      text = day.getFullYear() + '年' + (day.getMonth() + 1) + '月' + day.getDate() + '日 ' + WEEKDAYS[day.getDay()];
    } else {
      text = now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日 ' + WEEKDAYS[now.getDay()]
        + ' ' + pad(now.getHours()) + ':' + pad(now.getMinutes());
    }
    if (clock && clock.firstChild && clock.firstChild.nodeValue !== text) {
      clock.firstChild.nodeValue = text;
    }
  }

  function shift() {
    drift = (drift + 1) % DRIFT.length;
    var move = 'translate(' + DRIFT[drift][0] + 'px,' + DRIFT[drift][1] + 'px)';
    for (var i = 0; i < chrome.length; i++) {
      chrome[i].style.webkitTransform = move;
      chrome[i].style.transform = move;
    }
  }

  for (var s = 0; s < slides.length; s++) {
    if (/\bon\b/.test(slides[s].className)) {
      slides[s].className = slides[s].className.replace(/ ?\bon\b/g, '');
    }
  }
  if (fallback) {
    fallback.className = fallback.className.replace(/ ?\bon\b/g, '');
  }
  if (tickers.length) {
    holdTicker();
  }
  tick();
  window.setInterval(tick, 1000);
  window.setInterval(function () { probe(null); }, pollEvery);
  window.setInterval(shift, driftEvery);
  advance();
}());
