import {
  CheckBox,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrintBlock, PrintDocument } from './print';

// Word refuses to open a file whose XML holds C0 controls (other than tab and line breaks), lone surrogates
// or U+FFFE/U+FFFF, and reflections can contain anything pasted from a web page.
const notXmlChars =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to put in a Word document: characters XML 1.0 forbids are dropped. */
export function xmlSafe(text: string): string {
  return text.replace(notXmlChars, '');
}

const language = { value: 'en-GB' };

function run(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun {
  // Only "on" is written, so Word's styles decide everything else.
  return new TextRun({
    text: xmlSafe(text),
    language,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}

/** One Word paragraph per line, so line breaks (and blank lines) in the user's text survive. */
function lines(text: string, style: { italics?: boolean } = {}): Paragraph[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => new Paragraph({ children: [run(line, style)] }));
}

function label(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { bold: true })], spacing: { before: 240 }, keepNext: true });
}

function checkbox(checked: boolean): CheckBox {
  // A real Word check box, so the user can still tick or untick it, drawn as ☒ or ☐.
  return new CheckBox({
    checked,
    checkedState: { value: '2612', font: 'MS Gothic' },
    uncheckedState: { value: '2610', font: 'MS Gothic' },
  });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [run(text, { bold })] })] });
}

/** A caption, then a table whose first row is marked as the header (Word repeats it and reads it as such). */
function table(block: Extract<PrintBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  return [
    label(block.caption),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c) => cell(c, true)) }),
        ...block.rows.map(
          ([head = '', ...cells]) =>
            new TableRow({ children: [cell(head, true), ...cells.map((c) => cell(c))] }),
        ),
      ],
    }),
  ];
}

function blockToParagraphs(block: PrintBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return lines(block.text, { italics: block.tone === 'note' });
    case 'field':
      return [
        new Paragraph({
          children: [run(`${block.label}: `, { bold: true }), run(block.value.replace(/\s+/g, ' '))],
          spacing: { before: 120 },
        }),
      ];
    case 'question':
      return [label(block.label), ...lines(block.answer, { italics: block.missing })];
    case 'checklist':
      return [
        label(block.label),
        ...block.items.map(
          (item) =>
            new Paragraph({
              children: [checkbox(item.checked), run(` ${item.label}`)],
              indent: { left: 240 },
            }),
        ),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ children: [run(item)], indent: { left: 240 } }));
    case 'table':
      return table(block);
  }
}

/** Renders a print model as a Word document. Works in Node and in extension pages alike. */
export async function printDocumentToDocx(doc: PrintDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(doc.title)] }),
  ];
  if (doc.subtitle) children.push(new Paragraph({ children: [run(doc.subtitle, { bold: true })] }));
  for (const block of doc.intro) children.push(...blockToParagraphs(block));
  for (const section of doc.sections) {
    // Each account or note starts a new page, as the forms are filed one per sheet.
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [run(section.heading)],
      }),
    );
    if (section.subheading) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(section.subheading)] }));
    }
    for (const block of section.blocks) children.push(...blockToParagraphs(block));
  }
  const document = new Document({
    creator: 'Power of Many',
    lastModifiedBy: 'Power of Many',
    title: xmlSafe(doc.title),
    styles: { default: { document: { run: { font: 'Arial', size: 22, language } } } },
    sections: [{ children }],
  });
  return Packer.pack(document, 'uint8array');
}
