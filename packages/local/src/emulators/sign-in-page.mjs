// The local stand-in for Cognito's managed login page: cognito-local's bare form, re-drawn in the app's
// brand (web/brand/brand.ts, passed in as SIGN_IN_BRAND) with the fields managed login shows for a pool
// whose username is the email. It posts the same fields to cognito-local's own /oauth2/authorize.
// Plain JavaScript: it runs in the emulator's own process, without a TS loader.

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** What cognito-local's form carries: its hidden fields (the OAuth request) and the error it shows, if any. */
export function parseCognitoLocalForm(html) {
  const hidden = [...html.matchAll(/<input type="hidden" name="([\w-]+)" value="([^"]*)" \/>/g)].map(([, name, value]) => ({ name, value }));
  const error = /<p style="color:red">([^<]*)<\/p>/.exec(html)?.[1];
  return { hidden, error };
}

export function renderSignInPage(brand, { hidden, error }) {
  const c = brand.colours;
  const r = `${brand.radiusPx}px`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Sign in · ${escapeHtml(brand.name)}</title>
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: ${c.tint}; color: ${c.ink};
         font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; }
  main { width: min(100% - 2rem, 24rem); background: ${c.paper}; border: 1px solid ${c.line}; border-radius: ${r}; padding: 1.5rem; }
  .logo { display: block; width: 3rem; height: 3rem; margin: 0 auto 0.5rem; }
  h1 { font-size: 1.4rem; text-align: center; margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin-top: 0.75rem; }
  input { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: 0.6rem; margin-top: 0.25rem;
          border: 1px solid ${c.line}; border-radius: ${r}; background: ${c.paper}; color: ${c.ink}; }
  input:focus { outline: 3px solid ${c.accent}; outline-offset: 1px; }
  button { width: 100%; margin-top: 1.25rem; font: inherit; font-weight: 600; padding: 0.7rem; border: 0; border-radius: ${r};
           background: ${c.accent}; color: ${c.paper}; cursor: pointer; }
  button:hover { background: ${c.accentDark}; }
  .error { color: #b91c1c; background: #fee2e2; border-radius: ${r}; padding: 0.5rem 0.75rem; }
</style>
</head>
<body>
<main>
  <img class="logo" alt="${escapeHtml(brand.name)}" src="data:image/svg+xml;base64,${Buffer.from(brand.logoSvg).toString("base64")}" />
  <h1>${escapeHtml(brand.tagline)}</h1>
  ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
  <form method="POST" action="/oauth2/authorize">
    ${hidden.map(({ name, value }) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}" />`).join("\n    ")}
    <label for="username">Email address</label>
    <input id="username" type="email" name="username" autocomplete="username" required />
    <label for="password">Password</label>
    <input id="password" type="password" name="password" autocomplete="current-password" required />
    <button type="submit">Sign in</button>
  </form>
</main>
</body>
</html>`;
}
