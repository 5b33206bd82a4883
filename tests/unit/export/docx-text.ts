import { readZip } from './zip';

export interface DocxParagraph {
  style: string | null;
  pageBreakBefore: boolean;
  /** All the paragraph's text, check box symbols included (☒ U+2612, ☐ U+2610). */
  text: string;
  /** Only the text of bold runs. */
  boldText: string;
  /** Only the text of italic runs. */
  italicText: string;
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, ref: string) => {
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'amp') return '&';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    return String.fromCodePoint(
      ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
    );
  });
}

/** The XML of word/document.xml inside a .docx. */
export function documentXml(docx: Uint8Array): string {
  const entry = readZip(docx).get('word/document.xml');
  if (!entry) throw new Error('No word/document.xml in the file');
  return new TextDecoder('utf-8', { fatal: true }).decode(entry);
}

/** The body's paragraphs in order, read with regular expressions (enough for what docx writes). */
export function docxParagraphs(docx: Uint8Array): DocxParagraph[] {
  const xml = documentXml(docx);
  const paragraphs: DocxParagraph[] = [];
  for (const match of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const body = match[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    let text = '';
    let boldText = '';
    let italicText = '';
    for (const run of body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
      const content = run[1] ?? '';
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(content)?.[1] ?? '';
      let runText = '';
      for (const piece of content.matchAll(
        /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:sym [^>]*w:char="([0-9A-Fa-f]+)"[^>]*\/>/g,
      )) {
        runText += piece[2] ? String.fromCodePoint(Number.parseInt(piece[2], 16)) : decodeXml(piece[1] ?? '');
      }
      text += runText;
      if (/<w:b\/>/.test(rPr)) boldText += runText;
      if (/<w:i\/>/.test(rPr)) italicText += runText;
    }
    paragraphs.push({
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(pPr)?.[1] ?? null,
      pageBreakBefore: /<w:pageBreakBefore\/>/.test(pPr),
      text,
      boldText,
      italicText,
    });
  }
  return paragraphs;
}
