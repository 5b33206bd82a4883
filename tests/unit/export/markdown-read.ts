/** Lines that would open a CommonMark or GFM block: anything here changes a document's structure. */
const blockStarts: RegExp[] = [
  /^ {0,3}#{1,6}(?:[ \t]|$)/, // ATX heading
  /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/, // list item
  /^ {0,3}>/, // block quote
  /^ {0,3}(?:`{3,}|~{3,})/, // code fence
  /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/, // thematic break or setext underline
  /^(?: {4}|\t)/, // indented code
  /^ {0,3}</, // HTML block
  /^ {0,3}\[[^\]]*\]:/, // link reference definition
  /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/, // table delimiter row
];

export function opensBlock(line: string): boolean {
  return blockStarts.some((re) => re.test(line));
}

/** Undoes CommonMark backslash escapes. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export interface MarkdownReflection {
  title: string;
  date: string;
  sections: Record<string, string>;
  fields: Record<string, string>;
}

/**
 * Reads toMarkdown's output back: "## title", "*date*", "### section" bodies, then "- **Label:** value"
 * fields. Also returns every line that opens a block, so tests can check user text opened none.
 */
export function readMarkdownExport(md: string): { blockLines: string[]; reflections: MarkdownReflection[] } {
  const lines = md.split('\n');
  const blockLines = lines.filter(opensBlock);
  const reflections: MarkdownReflection[] = [];
  let current: MarkdownReflection | undefined;
  let section: string | undefined;
  let body: string[] = [];
  const closeSection = () => {
    if (current && section !== undefined) {
      while (body.length > 0 && body[0] === '') body.shift();
      while (body.length > 0 && body[body.length - 1] === '') body.pop();
      const text = body.join('\n');
      current.sections[section] = text === '*Not written yet.*' ? '' : unescapeMarkdown(text);
    }
    section = undefined;
    body = [];
  };
  for (const line of lines) {
    if (line.startsWith('## ')) {
      closeSection();
      current = { title: unescapeMarkdown(line.slice(3)), date: '', sections: {}, fields: {} };
      reflections.push(current);
    } else if (line.startsWith('### ')) {
      closeSection();
      section = line.slice(4);
    } else if (line.startsWith('- **')) {
      closeSection();
      const field = /^- \*\*([^*]+):\*\* (.*)$/.exec(line);
      if (current && field?.[1] !== undefined) current.fields[field[1]] = unescapeMarkdown(field[2] ?? '');
    } else if (section !== undefined) {
      body.push(line);
    } else if (current && /^\*[^*]+\*$/.test(line)) {
      current.date = line.slice(1, -1);
    }
  }
  closeSection();
  return { blockLines, reflections };
}
