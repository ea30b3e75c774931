/**
 * A learner's feedback as a .docx (issue 5, item 7), built with the `docx`
 * package. Accessible by construction (SECURITY.md, Accessibility): real
 * heading styles, rubric tables whose header row repeats (`w:tblHeader`), a
 * document title, and en-CA as the document language. The words come from
 * feedbackContent.ts; this file only lays them out.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IRunOptions } from 'docx';
import type {
  FeedbackContent,
  FeedbackInput,
  FeedbackRow,
  FeedbackSection,
} from './feedbackContent';
import { feedbackContentOf } from './feedbackContent';

export type { FeedbackInput, FeedbackLearner } from './feedbackContent';

export const FEEDBACK_LANGUAGE = 'en-CA';

/** US Letter with one-inch margins, in twentieths of a point: the page Ontario colleges print on. */
const page = { width: 12_240, height: 15_840, margin: 1_440 } as const;
/** Criterion | Level achieved | Points | Comment: the comment gets the room. */
const columnWidths = [2_100, 2_300, 1_100, 3_860] as const;
const tableHeadings = ['Criterion', 'Level achieved', 'Points', 'Comment'] as const;

function text(value: string, emphasis: 'plain' | 'strong' = 'plain'): Paragraph {
  // Typed apart from the call: `TextRun` also takes a string, and lint then reads
  // `bold` as the deprecated `String.prototype.bold`.
  const run: IRunOptions = { text: value, bold: emphasis === 'strong' };
  return new Paragraph({ children: [new TextRun(run)] });
}

function heading(value: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(value)],
  });
}

function cell(paragraphs: readonly Paragraph[], column: number): TableCell {
  return new TableCell({
    width: { size: columnWidths[column] ?? 0, type: WidthType.DXA },
    children: [...paragraphs],
  });
}

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: tableHeadings.map((title, column) => cell([text(title, 'strong')], column)),
  });
}

function criterionRow(row: FeedbackRow): TableRow {
  const level = row.descriptor === '' ? [text(row.level)] : [text(row.level), text(row.descriptor)];
  return new TableRow({
    children: [
      cell([text(row.criterion, 'strong')], 0),
      cell(level, 1),
      cell([text(row.points)], 2),
      cell(
        row.comment.map((line) => text(line)),
        3,
      ),
    ],
  });
}

function rubricTable(section: FeedbackSection): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [...columnWidths],
    layout: TableLayoutType.FIXED,
    rows: [headerRow(), ...section.rows.map(criterionRow)],
  });
}

function sectionBlocks(section: FeedbackSection): readonly (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    heading(section.heading, 2),
    rubricTable(section),
    text(section.total),
    text(section.rule),
    text(section.result, 'strong'),
  ];
  if (section.shortfalls.length > 0) {
    blocks.push(text('What still needs work:'));
    for (const shortfall of section.shortfalls) {
      blocks.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(shortfall)] }));
    }
  }
  return blocks;
}

/** The document for already-worked-out content. */
export function feedbackDocumentOf(content: FeedbackContent): Document {
  return new Document({
    title: content.title,
    subject: 'Feedback on your assessment',
    creator: content.markerName,
    lastModifiedBy: content.markerName,
    styles: { default: { document: { run: { language: { value: FEEDBACK_LANGUAGE } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.margin,
              right: page.margin,
              bottom: page.margin,
              left: page.margin,
            },
          },
        },
        children: [
          heading(content.title, 1),
          text(content.learnerLine),
          text(content.institution),
          text(content.decision, 'strong'),
          ...content.sections.flatMap(sectionBlocks),
          heading('Overall feedback', 2),
          ...content.overall.map((line) => text(line)),
          text(content.signedOff),
        ],
      },
    ],
  });
}

/** One learner's feedback as the bytes of a .docx file. */
export async function buildFeedbackDocx(input: FeedbackInput): Promise<Buffer> {
  return Packer.toBuffer(feedbackDocumentOf(feedbackContentOf(input)));
}
