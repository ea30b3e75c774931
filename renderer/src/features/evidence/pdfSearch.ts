/**
 * Text search over a PDF's text content, page by page. A page's text is its
 * text items joined (a line break after items that end a line), so a match
 * may span items; `rangesInItems` maps a match back to the items (the text
 * layer's spans, one per item) to highlight.
 */
export interface TextRun {
  readonly str: string;
  readonly hasEOL: boolean;
}

export interface PageText {
  /** 1-based page number. */
  readonly page: number;
  readonly text: string;
  /** Offset in `text` where each item starts. */
  readonly starts: readonly number[];
  /** Length of each item's string. */
  readonly lengths: readonly number[];
}

export interface PdfMatch {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface ItemRange {
  readonly item: number;
  readonly start: number;
  readonly end: number;
}

export function pageText(page: number, runs: readonly TextRun[]): PageText {
  let text = '';
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const run of runs) {
    starts.push(text.length);
    lengths.push(run.str.length);
    text += run.str;
    if (run.hasEOL) text += '\n';
  }
  return { page, text, starts, lengths };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive; any run of spaces in the query matches any run of white space (or none at a line end). */
export function queryPattern(query: string): RegExp | null {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join('\\s*'), 'giu');
}

export function findMatches(pages: readonly PageText[], query: string): PdfMatch[] {
  const pattern = queryPattern(query);
  if (pattern === null) return [];
  const matches: PdfMatch[] = [];
  for (const { page, text } of pages) {
    for (const found of text.matchAll(pattern)) {
      if (found[0].length === 0) continue;
      matches.push({ page, start: found.index, end: found.index + found[0].length });
    }
  }
  return matches;
}

/** The parts of each item a match covers (line breaks between items are skipped). */
export function rangesInItems(page: PageText, match: PdfMatch): ItemRange[] {
  const ranges: ItemRange[] = [];
  page.starts.forEach((itemStart, item) => {
    const itemEnd = itemStart + (page.lengths[item] ?? 0);
    const start = Math.max(match.start, itemStart);
    const end = Math.min(match.end, itemEnd);
    if (start < end) ranges.push({ item, start: start - itemStart, end: end - itemStart });
  });
  return ranges;
}

export function describeMatch(index: number, matches: readonly PdfMatch[], query: string): string {
  if (query.trim() === '') return '';
  const match = matches[index];
  if (match === undefined) return `No matches for “${query.trim()}”.`;
  return `Match ${index + 1} of ${matches.length}, on page ${match.page}.`;
}
