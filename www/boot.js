// Loads the WebAssembly app. Kept in its own file so the page's
// Content-Security-Policy needs no inline script.
import init from './ambition_map.js';

init({ module_or_path: new URL('./ambition_map_bg.wasm', import.meta.url) }).catch((err) => {
  const p = document.createElement('p');
  p.className = 'boot-error';
  p.textContent = 'Ambition Map could not start: ' + err;
  document.body.append(p);
});
