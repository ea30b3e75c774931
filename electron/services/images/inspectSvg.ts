import { SaxesParser } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Elements that run code, embed other documents or load from elsewhere. */
const forbiddenElements = new Set([
  'script',
  'foreignObject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  // SMIL can set any attribute, including href, to a value no attribute check saw.
  'set',
  'animate',
  'animateMotion',
  'animateTransform',
  'discard',
]);

export type SvgInspection =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly problem: string };

/**
 * Refuses an SVG that could do anything but draw: scripts, event handlers,
 * foreign content, DOCTYPEs (entity expansion), links or styles that reach
 * outside the file, `javascript:` anywhere. We reject rather than sanitize so
 * the bytes we sign and bake are exactly the bytes the lead chose
 * (SECURITY.md: SVG with script executes when shown as a document).
 */
export function inspectSvg(text: string): SvgInspection {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const problems: string[] = [];
  // Filled inside a parser callback; an array keeps TypeScript from narrowing it to its initial value.
  const sizes: ({ width: number; height: number } | null)[] = [];
  let depth = 0;
  const inStyle: boolean[] = [];
  const refuse = (why: string): void => {
    problems.push(why);
  };
  parser.on('doctype', () => {
    refuse('contains a DOCTYPE; badge SVGs may not declare entities.');
  });
  parser.on('processinginstruction', (pi) => {
    if (pi.target !== 'xml-stylesheet') return;
    refuse('links an external stylesheet.');
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth === 1) {
      if (tag.local !== 'svg' || tag.uri !== SVG_NS)
        refuse('is not an SVG image (its root is not <svg>).');
      else sizes.push(sizeOf(tag.attributes));
    }
    if (forbiddenElements.has(tag.local)) refuse(`contains a <${tag.local}> element.`);
    inStyle.push(tag.local === 'style');
    for (const attribute of Object.values(tag.attributes)) {
      const name = attribute.local.toLowerCase();
      // Browsers drop whitespace and control characters inside URLs: `java\tscript:` is `javascript:`.
      const value = attribute.value.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
      if (name.startsWith('on')) refuse(`has an event handler (${attribute.name}).`);
      if (value.includes('javascript:') || value.includes('vbscript:'))
        refuse('contains a script URL.');
      const isLink = name === 'href' && (attribute.uri === XLINK_NS || attribute.uri === '');
      if (isLink && !value.startsWith('#') && !/^data:image\/(png|jpeg|gif|webp);/.test(value)) {
        refuse(`links outside the file (${attribute.value.slice(0, 60)}).`);
      }
      if (name === 'style' && reachesOutside(value))
        refuse('has a style that loads from outside the file.');
    }
  });
  // Only the text of <style> is CSS; a badge's visible text may say "URL(s)".
  parser.on('text', (text) => {
    if (inStyle.at(-1) === true && reachesOutside(text.toLowerCase()))
      refuse('has a style that loads from outside the file.');
  });
  parser.on('cdata', (cdata) => {
    if (inStyle.at(-1) === true && reachesOutside(cdata.toLowerCase()))
      refuse('has a style that loads from outside the file.');
  });
  parser.on('closetag', () => {
    depth -= 1;
    inStyle.pop();
  });
  try {
    parser.write(text).close();
  } catch (error: unknown) {
    return {
      ok: false,
      problem: `is not well-formed XML (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  const [problem] = problems;
  if (problem !== undefined) return { ok: false, problem };
  const size = sizes[0];
  if (size === undefined || size === null)
    return { ok: false, problem: 'has no width and height or viewBox.' };
  return { ok: true, ...size };
}

function reachesOutside(css: string): boolean {
  return (
    // CSS escapes (`u\72l(`) could spell url( or @import without the letters.
    css.includes('\\') ||
    css.includes('@import') ||
    /url\(\s*['"]?(?!#|data:image\/)/.test(css) ||
    css.includes('expression(')
  );
}

function sizeOf(
  attributes: Record<string, { value: string }>,
): { width: number; height: number } | null {
  const width = Number.parseFloat(attributes.width?.value ?? '');
  const height = Number.parseFloat(attributes.height?.value ?? '');
  if (width > 0 && height > 0) return { width: Math.round(width), height: Math.round(height) };
  const box = (attributes.viewBox?.value ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , boxWidth, boxHeight] = box;
  if (
    box.length === 4 &&
    boxWidth !== undefined &&
    boxHeight !== undefined &&
    boxWidth > 0 &&
    boxHeight > 0
  ) {
    return { width: Math.round(boxWidth), height: Math.round(boxHeight) };
  }
  return null;
}
