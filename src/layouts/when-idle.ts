/**
 * What every page loads once the browser is idle after the load event, never with the page: the
 * wayfinding (the section being read, marked in "On this page") and the offline copy's registration
 * (not in `astro dev`, which has no service worker). Safari has no requestIdleCallback: there they
 * load in the next task.
 */
const idle = window.requestIdleCallback ?? setTimeout;
addEventListener(
  "load",
  () =>
    idle(() => {
      void import("../wayfinding/page-navigation.ts");
      if (import.meta.env.PROD && "serviceWorker" in navigator) void import("../offline/register.ts");
    }),
  { once: true },
);
