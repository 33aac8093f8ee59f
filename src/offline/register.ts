/**
 * Run once the page is idle (src/layouts/when-idle.ts imports it): registers the service worker and tells
 * the reader the truth about the offline copy — "Saving for offline…", then "Saved for offline ·
 * <date of the saved build>" — and, when a newer build has been deployed and saved alongside, offers
 * to switch to it. The switch is the reader's: pages and search index stay from one build.
 */
import { Workbox } from "workbox-window";
import { url } from "../routes.ts";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The build the page and its saved copy come from, as dist/build.json states it. */
async function savedBuildDate(): Promise<string | undefined> {
  try {
    const response = await fetch(url("build.json"));
    const info = (await response.json()) as { builtAt?: string };
    return info.builtAt ? dateFormat.format(new Date(info.builtAt)) : undefined;
  } catch {
    return undefined;
  }
}

function showStatus(status: HTMLElement | null, text: string): void {
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

async function showSaved(status: HTMLElement | null): Promise<void> {
  const date = await savedBuildDate();
  showStatus(status, date ? `Saved for offline · ${date}` : "Saved for offline");
}

/** A banner with a button: the newer build replaces this one only when the reader says so. */
function offerUpdate(workbox: Workbox): void {
  if (document.querySelector(".update-offer")) return;
  const offer = document.createElement("div");
  offer.className = "update-offer";
  offer.setAttribute("role", "status");
  offer.setAttribute("data-pagefind-ignore", "all");
  const text = document.createElement("p");
  text.textContent = "A newer version of this site is available.";
  const update = document.createElement("button");
  update.type = "button";
  update.className = "button";
  update.textContent = "Update now";
  const later = document.createElement("button");
  later.type = "button";
  later.textContent = "Later";
  later.className = "button secondary";
  update.addEventListener("click", () => {
    update.disabled = true;
    update.textContent = "Updating…";
    workbox.addEventListener("controlling", () => location.reload());
    workbox.messageSkipWaiting();
  });
  later.addEventListener("click", () => offer.remove());
  offer.append(text, update, later);
  document.body.append(offer);
}

async function registerOffline(): Promise<void> {
  const status = document.querySelector<HTMLElement>("[data-offline-status]");
  const workbox = new Workbox(url("sw.js"), { scope: url("") });
  // A newer build, saved and waiting behind the one this page runs on (also one left waiting by an earlier visit).
  workbox.addEventListener("waiting", () => {
    if (navigator.serviceWorker.controller) offerUpdate(workbox);
  });
  workbox.addEventListener("activated", (event) => {
    if (!event.isUpdate) void showSaved(status);
  });
  try {
    const registration = await workbox.register();
    if (!registration) return;
    if (registration.active) void showSaved(status);
    else showStatus(status, "Saving for offline…");
  } catch {
    showStatus(status, "This browser could not save the site for offline reading.");
    return;
  }
  // A tab left open on the ward finds a new build when the network comes back.
  addEventListener("online", () => void workbox.update());
}

void registerOffline();
