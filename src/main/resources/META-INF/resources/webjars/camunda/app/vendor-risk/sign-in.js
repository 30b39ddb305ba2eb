// Vendor Risk: the webapps have no login of their own. Everyone signs in once at /login, and the
// session opens Tasklist, Cockpit, Admin and Welcome (docs/security.md). When a webapp wants its own
// login view (#/login: the session has ended, or its sign-out button was used, which ends the whole
// session), this hands over: it reloads the app's page, which the server sends to /login and, after
// signing in, back here. Should the app still want a login right after that, it goes to /login itself
// instead of reloading again. Loaded by each app's config.js (customScripts).

const RELOADED_AT = 'vendor-risk.sign-in.reloaded-at';

function wantsLogin() {
  return /^#!?\/login(\b|$)/.test(window.location.hash);
}

function handOver() {
  if (!wantsLogin()) {
    return;
  }
  const last = Number(window.sessionStorage.getItem(RELOADED_AT) || 0);
  const now = Date.now();
  window.sessionStorage.setItem(RELOADED_AT, String(now));
  window.location.replace(now - last < 15000 ? '/login' : window.location.pathname);
}

window.addEventListener('hashchange', handOver);
window.addEventListener('popstate', handOver);
// AngularJS may change the address without either event; a light check catches it
window.setInterval(handOver, 500);
handOver();
