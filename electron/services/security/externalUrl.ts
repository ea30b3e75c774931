/**
 * Links the app may hand to the operating system's browser: https only, no
 * user-info (`https://bank.example@evil.example`), a real host name. Anything
 * else stays closed (SECURITY.md: `shell.openExternal` only for checked URLs).
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.hostname === '' || url.hostname === 'localhost' || !url.hostname.includes('.'))
    return false;
  return true;
}
