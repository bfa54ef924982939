import { readFileSync } from "node:fs";

/**
 * The product's name, colours and logo, in one place for everything that shows them: the web app's
 * stylesheet (vite.config.ts writes them in as CSS variables), Cognito's managed login in AWS
 * (stacks/managed-login.ts) and the local cloud's sign-in page that stands in for it (packages/local).
 */
export const brand = {
  name: "Slotbook",
  tagline: "Organiser sign-in",
  colours: {
    ink: "#1f2933",
    muted: "#52606d",
    line: "#cbd2d9",
    paper: "#ffffff",
    tint: "#f5f7fa",
    accent: "#1d4ed8",
    accentDark: "#1e3a8a",
  },
  radiusPx: 8,
} as const;

export type Brand = typeof brand;

/** The logo (also the site's favicon), as SVG text. Read on the build machine, never in the browser. */
export const logoSvg = (): string => readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8");

/** `accentDark` → `--accent-dark`: the stylesheet's names for the brand colours. */
export const cssVariableOf = (name: string) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The brand colours as the stylesheet's custom properties. */
export const brandCss = (): string =>
  `:root{${Object.entries(brand.colours)
    .map(([name, value]) => `${cssVariableOf(name)}:${value}`)
    .join(";")};--radius:${brand.radiusPx}px}\n`;
