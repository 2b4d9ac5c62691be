// See src/app/use-spoilers-settled.ts.
try {
  var s = JSON.parse(localStorage.getItem('heartstopper-wiki:spoilers'));
  if (s && (s.showAll === true || (typeof s.watched == 'string' && s.watched != 'none'))) {
    document.documentElement.setAttribute('data-spoilers', 'pending');
  }
} catch {
  // No storage: nothing was chosen.
}
