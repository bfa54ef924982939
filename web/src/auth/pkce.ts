/** PKCE (RFC 7636): a random verifier and its S256 challenge, base64url without padding. */
const base64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

export const randomToken = (byteLength = 32) => base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));

export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}
