// The development page's service worker: none. The app registers `sw.js` as in the release
// build; this one unregisters itself at once, so no cache ever stands between a rebuild and
// the page (and a release build's worker left on this address is removed too).
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', () => self.registration.unregister());
