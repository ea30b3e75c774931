/**
 * Whether a URL belongs to the app's own renderer. Compares scheme and host,
 * never `URL.origin`: a custom scheme's origin is the string "null" in Node,
 * so `new URL('attest://app').origin === new URL('attest://evil').origin`.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    const from = new URL(url);
    const app = new URL(appOrigin);
    return from.protocol === app.protocol && from.host === app.host && from.host !== '';
  } catch {
    return false;
  }
}
