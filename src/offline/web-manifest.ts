/**
 * The web app manifest that makes the site installable, with its start and scope under the
 * deployment's base. The PNG icons in public/icons/ are public/icons/icon.svg drawn at 192 and
 * 512 px (the glyph sits inside the central 80 %, so the same image serves as a maskable icon).
 */
export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: "standalone";
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

export const THEME_COLOR = "#0b5cad";

export function webManifest(options: { name: string; shortName: string; description: string; url: (path: string) => string }): WebManifest {
  const { url } = options;
  return {
    name: options.name,
    short_name: options.shortName,
    description: options.description,
    start_url: url(""),
    scope: url(""),
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: [
      { src: url("icons/icon.svg"), sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: url("icons/icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any maskable" },
      { src: url("icons/icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any maskable" },
    ],
  };
}
