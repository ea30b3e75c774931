/**
 * The default badge image: a plain, accessible SVG carrying the credential's
 * code and name, for leads who have no artwork yet. Pure string building; the
 * caller stores it like any chosen image.
 */
export interface BadgeTemplateInput {
  readonly code: string;
  readonly name: string;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits a name into at most three lines of about 18 characters, on spaces. */
export function wrapBadgeName(name: string, width = 18, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/)) {
    if (line === '') line = word;
    else if (`${line} ${word}`.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}

export function renderBadgeTemplate({ code, name }: BadgeTemplateInput): string {
  const lines = wrapBadgeName(name);
  const firstY = 250 - (lines.length - 1) * 14;
  const text = lines
    .map((line, i) => `<tspan x="256" y="${firstY + i * 28}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img">',
    `<title>${escapeXml(`${name} (${code})`)}</title>`,
    '<circle cx="256" cy="256" r="240" fill="#0b7285"/>',
    '<circle cx="256" cy="256" r="210" fill="none" stroke="#ffffff" stroke-width="6"/>',
    `<text x="256" y="170" fill="#ffffff" font-family="sans-serif" font-size="34" font-weight="700" text-anchor="middle">${escapeXml(code)}</text>`,
    `<text fill="#ffffff" font-family="sans-serif" font-size="24" text-anchor="middle">${text}</text>`,
    '<text x="256" y="380" fill="#ffffff" font-family="sans-serif" font-size="20" text-anchor="middle">MICRO-CREDENTIAL</text>',
    '</svg>',
  ].join('');
}
