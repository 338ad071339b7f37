// Loads the WebAssembly app. Kept in its own file so the page's
// Content-Security-Policy needs no inline script.
import init from './ambition_map.js';

function say(text) {
  const p = document.createElement('p');
  p.className = 'boot-error';
  p.textContent = text;
  document.body.append(p);
  return p;
}

if (window.top !== window.self) {
  // Shown in a frame of another page, the app could be clicked through
  // without anyone seeing it (clickjacking). Hosts that send the README's
  // headers never let it be framed; where they are missing, it does not start.
  const p = say('Ambition Map only runs on a page of its own. / Ambitiekaart werkt alleen op een eigen pagina. ');
  const a = document.createElement('a');
  a.href = window.location.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = 'Open Ambition Map / Ambitiekaart openen';
  p.append(a);
} else {
  init({ module_or_path: new URL('./ambition_map_bg.wasm', import.meta.url) }).catch((err) => {
    say('Ambition Map could not start: ' + err);
  });
}
