// A client-rendered SPA: nothing is rendered on a server, so the service worker can serve it all.
export const ssr = false;
export const prerender = false;
