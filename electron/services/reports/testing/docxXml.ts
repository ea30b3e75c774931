/**
 * Test helper: reads WordprocessingML with a strict XML 1.0 parser (saxes), so
 * a character XML forbids fails the test, and returns what a reader sees.
 */
import { SaxesParser } from 'saxes';

export interface DocxParagraph {
  /** The paragraph style (`Heading1`…), or null for body text. */
  readonly style: string | null;
  readonly text: string;
  /** True inside a table row marked as a repeating header row. */
  readonly inHeaderRow: boolean;
}

interface Open {
  style: string | null;
  text: string;
}

/** Every paragraph of `document.xml`, in order. Throws on XML that is not well-formed. */
export function docxParagraphs(xml: string): readonly DocxParagraph[] {
  const parser = new SaxesParser();
  const paragraphs: DocxParagraph[] = [];
  let paragraph: Open | null = null;
  let inText = false;
  let rowParagraphs: DocxParagraph[] | null = null;
  let headerRow = false;
  const failures: Error[] = [];
  parser.on('error', (error) => {
    failures.push(error);
  });
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') paragraph = { style: null, text: '' };
    if (tag.name === 'w:t') inText = true;
    if (tag.name === 'w:tr') {
      rowParagraphs = [];
      headerRow = false;
    }
    if (tag.name === 'w:tblHeader') headerRow = true;
    const value = tag.attributes['w:val'];
    if (tag.name === 'w:pStyle' && paragraph !== null && typeof value === 'string') {
      paragraph.style = value;
    }
  });
  parser.on('text', (text) => {
    if (inText && paragraph !== null) paragraph.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
    if (tag.name === 'w:p' && paragraph !== null) {
      const done = { ...paragraph, inHeaderRow: false };
      if (rowParagraphs === null) paragraphs.push(done);
      else rowParagraphs.push(done);
      paragraph = null;
    }
    if (tag.name === 'w:tr' && rowParagraphs !== null) {
      const inHeaderRow = headerRow;
      paragraphs.push(...rowParagraphs.map((p) => ({ ...p, inHeaderRow })));
      rowParagraphs = null;
    }
  });
  parser.write(xml).close();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  return paragraphs;
}

/** Checks that `xml` is well-formed XML 1.0; throws the parser's error when it is not. */
export function parseXmlStrictly(xml: string): void {
  const parser = new SaxesParser();
  const failures: Error[] = [];
  parser.on('error', (error) => {
    failures.push(error);
  });
  parser.write(xml).close();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
}
