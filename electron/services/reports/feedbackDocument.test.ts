import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanLines, cleanText } from './feedbackContent';
import { buildFeedbackDocx } from './feedbackDocument';
import type { FeedbackInput } from './feedbackDocument';
import { docxParagraphs, parseXmlStrictly } from './testing/docxXml';
import type { DocxParagraph } from './testing/docxXml';
import { sampleAssessment, sampleFeedbackInput } from './testing/feedbackFixture';
import { hasLibreOffice, libreOfficeText } from './testing/libreOffice';
import { entryText, readZipEntries } from './testing/readZip';

interface Docx {
  readonly parts: ReadonlyMap<string, Buffer>;
  readonly document: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly text: string;
}

async function build(input: FeedbackInput): Promise<Docx> {
  const parts = await readZipEntries(await buildFeedbackDocx(input));
  const document = entryText(parts, 'word/document.xml');
  const paragraphs = docxParagraphs(document);
  return { parts, document, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}

/** The invalid XML 1.0 characters a pasted comment can carry. */
const INVALID = ['\u0000', '\u0007', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udc00'];
const dirty = (text: string): string => INVALID.join(text);

const LONG_COMMENT = `${Array.from({ length: 600 }, (_, i) => `Point ${i + 1} about the residual plots.`).join(' ')} END-OF-LONG-COMMENT`;

describe('cleanText and cleanLines', () => {
  it('removes only what XML 1.0 forbids, keeping tabs, new lines, accents and emoji', () => {
    expect(cleanText(`a${dirty('-')}b`)).toBe(`a${'-'.repeat(INVALID.length - 1)}b`);
    expect(cleanText('Amélie\t😀\n\r\u0085\u200d')).toBe('Amélie\t😀\n\r\u0085\u200d');
  });

  it('splits comments into lines and trims blank lines at either end', () => {
    expect(cleanLines('\n\nOne\r\nTwo\rThree\u2028\n')).toEqual(['One', 'Two', 'Three']);
    expect(cleanLines(' \n ')).toEqual([]);
  });
});

describe('buildFeedbackDocx', () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await build(sampleFeedbackInput());
  });

  it('uses real heading styles for the title and each part', () => {
    const headings = docx.paragraphs.filter((p) => p.style?.startsWith('Heading') === true);
    expect(headings.map((p) => [p.style, p.text])).toEqual([
      ['Heading1', 'Feedback: Statistical Analysis Software (MC-SAS-101)'],
      ['Heading2', 'Demonstration: Applied analysis project'],
      ['Heading2', "Reflection: Kember's four levels"],
      ['Heading2', 'Overall feedback'],
    ]);
    expect(entryText(docx.parts, 'word/styles.xml')).toContain('w:styleId="Heading1"');
  });

  it('marks the header row of each rubric table as repeating, and only that row', () => {
    expect(docx.document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(docx.document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    const header = docx.paragraphs.filter((p) => p.inHeaderRow).map((p) => p.text);
    expect(header).toEqual([
      ...['Criterion', 'Level achieved', 'Points', 'Comment'],
      ...['Criterion', 'Level achieved', 'Points', 'Comment'],
    ]);
  });

  it('sets the document title and the en-CA language', () => {
    const core = entryText(docx.parts, 'docProps/core.xml');
    expect(core).toContain(
      '<dc:title>Feedback: Statistical Analysis Software (MC-SAS-101)</dc:title>',
    );
    expect(core).toContain('<dc:creator>Priya Raman</dc:creator>');
    expect(entryText(docx.parts, 'word/styles.xml')).toMatch(
      /<w:rPrDefault><w:rPr>.*<w:lang w:val="en-CA"\/>/u,
    );
  });

  it('says the learner, the decision, every level, comment, total and pass rule', () => {
    const text = docx.text;
    expect(text).toContain('Learner: Amélie Tremblay (student number 100200300)');
    expect(text).toContain(
      'Decision: Not yet — resubmit: Chooses and runs an appropriate analysis',
    );
    expect(text).toContain('Clean import; you documented every recode.');
    expect(text).toContain(
      'The t-test assumes normality.\nCheck the residuals before choosing it.',
    );
    expect(text).toContain('You questioned your first assumption about the data.');
    expect(text).toContain('Proficient\nProficient: imports and cleans a real data set');
    // Weighted: analyse (×2) at Developing is 2 × 2 of 2 × 4.
    expect(text).toContain('4 of 8');
    expect(text).toContain('Total: 13 of 22 points.');
    expect(text).toContain(
      "To meet the standard: Every required criterion at 'Proficient' or above, and a total of at least 12 of 22.",
    );
    expect(text).toContain('This part does not meet the standard yet.');
    expect(text).toContain('You met this part of the standard.');
    expect(text).toContain('A strong project overall.\n\nResubmit the analysis');
    expect(text).toContain('Marked by Priya Raman on 2025-03-14.');
  });

  it('shows an unmarked criterion as "Not marked" and a missing comment as "No comment."', () => {
    expect(docx.text).toContain(
      'Documents the workflow reproducibly\nNot marked\n0 of 4\nNo comment.',
    );
  });

  it('says "Meets the standard" for a meets decision', async () => {
    const meets = sampleFeedbackInput({
      assessment: sampleAssessment({ decision: 'meets', resubmitCriterionIds: [] }),
    });
    expect((await build(meets)).text).toContain('Decision: Meets the standard');
  });

  it('keeps a very long comment whole', async () => {
    const assessment = sampleAssessment({
      demonstration: [{ criterionId: 'import-criterion', levelId: null, comment: LONG_COMMENT }],
    });
    const { text } = await build(sampleFeedbackInput({ assessment }));
    expect(text).toContain(LONG_COMMENT);
    expect(text).toContain('Imports and cleans a real data set\nNot marked');
  });

  it('strips characters XML 1.0 forbids from every piece of user text', async () => {
    const base = sampleFeedbackInput();
    const input = sampleFeedbackInput({
      learner: { name: dirty('Amé'), studentNumber: '100200300' },
      markerName: dirty('Pri'),
      institutionName: dirty('Col'),
      achievement: { ...base.achievement, name: dirty('Stat'), humanCode: dirty('MC') },
      assessment: sampleAssessment({
        feedback: dirty('Over'),
        demonstration: [
          { criterionId: 'import-criterion', levelId: 'import-level-3', comment: dirty('Com') },
        ],
      }),
    });
    const docx2 = await build(input);
    for (const [name, bytes] of docx2.parts) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      const xml = bytes.toString('utf8');
      expect(() => {
        parseXmlStrictly(xml);
      }, name).not.toThrow();
      for (const character of [...INVALID, '\ufffd']) expect(xml, name).not.toContain(character);
    }
    const expected = (text: string): string => text.repeat(INVALID.length - 1);
    expect(docx2.text).toContain(`Learner: ${expected('Amé')}`);
    expect(docx2.text).toContain(expected('Com'));
    expect(docx2.text).toContain(expected('Over'));
    expect(entryText(docx2.parts, 'docProps/core.xml')).toContain(
      `<dc:title>Feedback: ${expected('Stat')} (${expected('MC')})</dc:title>`,
    );
  });

  it('names no one under blind marking: "Learner" and the anonymous code', async () => {
    const blind = await build(sampleFeedbackInput({ learner: null, anonymousCode: 'ANON-7F3K' }));
    expect(blind.text).toContain('Learner: ANON-7F3K');
    for (const bytes of blind.parts.values()) {
      expect(bytes.toString('utf8')).not.toMatch(/Amélie|Tremblay|100200300/u);
    }
    await expect(
      buildFeedbackDocx(sampleFeedbackInput({ learner: null, anonymousCode: ' ' })),
    ).rejects.toThrow(/anonymous code/u);
  });
});

describe.skipIf(!hasLibreOffice)('the .docx in LibreOffice (soffice → PDF → pdftotext)', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'attest-feedback-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('opens, lays out the decision and every comment, long ones included', async () => {
    const assessment = sampleAssessment({
      demonstration: [
        ...sampleAssessment().demonstration,
        { criterionId: 'document-criterion', levelId: null, comment: LONG_COMMENT },
      ],
      feedback: dirty('Overall, well done.'),
    });
    const path = join(work, 'feedback.docx');
    await writeFile(path, await buildFeedbackDocx(sampleFeedbackInput({ assessment })));
    const text = (await libreOfficeText(path)).replace(/\s+/gu, ' ');
    for (const phrase of [
      'Feedback: Statistical Analysis Software (MC-SAS-101)',
      'Learner: Amélie Tremblay',
      'Decision: Not yet — resubmit: Chooses and runs an appropriate analysis',
      'Overall, well done.',
      'Marked by Priya Raman on 2025-03-14.',
    ]) {
      expect(text).toContain(phrase);
    }
    // The long comment runs over pages: LibreOffice repeats the w:tblHeader row on each.
    expect(text.split('Criterion Level achieved Points Comment').length - 1).toBeGreaterThan(2);
    // Table cells wrap, so their comments are checked word by word, in order.
    for (const comment of [
      'Clean import; you documented every recode.',
      'The t-test assumes normality. Check the residuals before choosing it.',
      'You questioned your first assumption about the data.',
      'END-OF-LONG-COMMENT',
    ]) {
      expect(text).toMatch(new RegExp(comment.split(' ').map(escapeRegExp).join('\\s+'), 'u'));
    }
  }, 90_000);
});

if (!hasLibreOffice) {
  describe('the .docx in LibreOffice', () => {
    it.skip('needs `soffice` and `pdftotext` on PATH (CI installs libreoffice-writer-nogui and poppler-utils)', () =>
      undefined);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
