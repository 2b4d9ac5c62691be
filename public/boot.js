// Runs before the first paint. The theme the viewer chose (src/features/theme/theme-store.ts), so the page is
// never painted in the other one.
var d = document, h = d.documentElement, s, p;
try {
  s = localStorage.getItem('heartstopper-wiki:theme');
  if (s == '"light"' || s == '"dark"') h.setAttribute('data-theme', JSON.parse(s));
} catch {
  // No storage: the system's theme.
}
// A returning viewer's spoiler level: see src/app/use-settled.ts. Part names as in src/lib/gated.ts (levelPartName).
// Filters in the link (the timeline's) change the page too, once the app has read them.
if (location.search.length > 1) h.setAttribute('data-settling', 'pending');
try {
  s = JSON.parse(localStorage.getItem('heartstopper-wiki:spoilers'));
  if (s && (s.showAll === true || (typeof s.watched == 'string' && s.watched != 'none'))) {
    h.setAttribute('data-settling', 'pending');
    // Fetch this page's spoilers now, not once the app has loaded.
    p = s.showAll === true ? 'everything' : /^s\d+e\d+$/.test(s.watched) ? 'upto-' + s.watched : '';
    if (p) d.querySelectorAll('meta[name=wiki-gated-parts]').forEach(function (m) {
      var l = d.createElement('link');
      l.rel = 'preload';
      l.as = 'fetch';
      l.crossOrigin = 'anonymous';
      l.href = m.content.replace('{part}', p);
      d.head.appendChild(l);
    });
  }
} catch {
  // No storage: nothing was chosen.
}
// The service worker (scripts/service-worker.mjs). A new version installs beside the running one and waits;
// the app offers to reload into it (src/features/updates/update-prompt.tsx), so this waits for the app, whose
// entry listens for the news, and for the page's load.
function register() {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').then(function (r) {
    function waiting() {
      if (r.waiting && navigator.serviceWorker.controller) dispatchEvent(new CustomEvent('wiki:update', { detail: r.waiting }));
    }
    waiting();
    r.addEventListener('updatefound', function () {
      r.installing.addEventListener('statechange', waiting);
    });
  }).catch(function () {
    // No worker (private mode, a blocked scope, a test browser that blocks them): the site works online as before.
  });
}
// The app's modules (scripts/build.mjs lists them in the page's head: the entry first, then what it will
// import) start loading once the page has painted, so the first paint never waits for them and they never
// share the network with it (docs/decisions/0016). A page with something held back (above) needs the app to
// show it, so it loads the app at once; so does a browser that can't report its paints, or one that hasn't
// painted in 2 s (a tab opened in the background).
// What is held back shows after 2 s whatever happens (src/styles/global.css), for a page whose app never comes.
// If the app has come by then, a slow device gets 6 s to hydrate instead: it sees the settled page, not the
// prerendered one jumping into it. Past the 2 s it is shown already.
var m = d.querySelector('meta[name=wiki-modules]'), P = window.PerformanceObserver;
function go() {
  if (!m) return;
  var u = m.content.split(' '), e = d.createElement('script');
  m = null;
  u.slice(1).forEach(function (f) {
    var l = d.createElement('link');
    l.rel = 'modulepreload';
    l.href = f;
    d.head.appendChild(l);
  });
  e.type = 'module';
  e.src = u[0];
  e.onload = function () {
    if (h.hasAttribute('data-settling') && performance.now() < 1900) h.setAttribute('data-settling', 'hydrating');
    if (d.readyState == 'complete') register();
    else addEventListener('load', register);
  };
  d.head.appendChild(e);
}
if (h.hasAttribute('data-settling') || !P || (P.supportedEntryTypes || []).indexOf('paint') < 0) go();
else {
  new P(function (l) {
    if (l.getEntriesByName('first-contentful-paint').length) go();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(go, 2000);
}
