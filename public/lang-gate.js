// Runs before the page first paints: a classic, blocking script, because the Content-Security-Policy allows no
// inline script. The page's HTML is prerendered in English; when the address (?lang=es) or, without one, the
// browser's languages ask for Spanish, the page stays hidden until the app has drawn it in Spanish (App.tsx
// removes the mark), so a Spanish reader never sees English first. The same choice as src/i18n/browserLang.ts
// and the `lang` URL field (tests/unit/app/langGate.test.ts keeps them in step).
(function () {
  var asked = new URLSearchParams(window.location.search).get('lang');
  var listed = (navigator.languages || []).map(function (l) {
    return l.slice(0, 2).toLowerCase();
  });
  var preferred = listed.filter(function (l) {
    return l === 'en' || l === 'es';
  })[0];
  var lang = asked === 'en' || asked === 'es' ? asked : preferred === 'es' ? 'es' : 'en';
  if (lang !== 'en') {
    document.documentElement.lang = lang;
    document.documentElement.setAttribute('data-lang-pending', '');
  }
})();
