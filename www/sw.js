// The service worker: keeps the site's own files, as `cargo xtask dist`
// listed them with their hashes, so that after one visit the app starts
// without a network. It fetches nothing but those files, from this site;
// every other request goes its ordinary way. A new version waits until the
// page asks it to take over (the person chose to reload).
const VERSION = 'development';
const FILES = [];

const scope = new URL(self.registration.scope);
// Cache names are shared by the whole origin: each copy of the app (its
// scope) keeps and clears only its own.
const PREFIX = 'ambition-map ' + scope.pathname + ' ';
const CACHE = PREFIX + VERSION;
const KEPT = new Set(FILES.map((f) => new URL(f.url, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        FILES.map(async ({ url, integrity }) => {
          const address = new URL(url, scope);
          // Past the browser's HTTP cache, and only exactly the files built
          // together: a file of another version fails its hash.
          const response = await fetch(new Request(address, { cache: 'reload', integrity }));
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          // A page answered after a redirect cannot answer a navigation.
          const kept = response.redirected
            ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
            : response;
          await cache.put(address, kept);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  let key = new URL(path, scope).href;
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) key = scope.href;
  if (!KEPT.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((kept) => kept || fetch(request)),
  );
});
