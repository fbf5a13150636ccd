// Rugplan's service worker: makes the app work with no network after one visit.
// scripts/assemble.mjs fills in PRECACHE (every file of the build, named with its build id) and
// VERSION (a hash of them), so a new deployment is a new worker with a new cache.
// Strategy: precached files are served from the cache; navigations get the cached
// index.html. A new worker waits until the page asks it to take over (the app shows
// "new version, reload"), so a running session never mixes old and new files.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `rugplan-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map(scoped))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('rugplan-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page's "reload now". Kept alive until the switch is under way: a worker may be
// stopped once its events are handled.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') event.waitUntil(self.skipWaiting());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.match(scoped('index.html'), { cacheName: CACHE }).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
