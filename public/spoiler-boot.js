// See src/app/use-spoilers-settled.ts. Part names as in src/lib/gated.ts (levelPartName).
try {
  var s = JSON.parse(localStorage.getItem('heartstopper-wiki:spoilers')), d = document, p;
  if (s && (s.showAll === true || (typeof s.watched == 'string' && s.watched != 'none'))) {
    d.documentElement.setAttribute('data-spoilers', 'pending');
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
