import { checkedBox, type PrintBlock, type PrintDocument, uncheckedBox } from '../export/print';

// Renders the shared print model (the same one the Word export uses) as HTML for "Print" and "Save as PDF".
// All wording comes from the model, so the printout and the .docx always say the same thing.

function Block({ block }: { block: PrintBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return <p class={block.tone === 'note' ? 'print-note' : 'print-text'}>{block.text}</p>;
    case 'field':
      return (
        <p class="print-field">
          <strong class="print-label">{block.label}</strong>
          <span>{block.value}</span>
        </p>
      );
    case 'question':
      return (
        <div class="print-question">
          <h3>{block.label}</h3>
          <p class={block.missing ? 'print-note print-text' : 'print-text'}>{block.answer}</p>
        </div>
      );
    case 'checklist':
      return (
        <div class="print-question">
          <h3>{block.label}</h3>
          <ul class="print-checklist">
            {block.items.map((item) => (
              <li key={item.label}>
                <span class="print-box">{item.checked ? checkedBox : uncheckedBox}</span>
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'table':
      return (
        <table class="print-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map(([head, ...cells], i) => (
              <tr key={`${i}-${head}`}>
                <th scope="row">{head}</th>
                {cells.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'list':
      return (
        <ul class="print-list">
          {block.items.map((item, i) => (
            // Items can repeat (two reflections with one title), so the position is part of the key.
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ul>
      );
  }
}

/** A whole document: title and cover, then one section per page. */
export function PrintView({ doc }: { doc: PrintDocument }) {
  return (
    <article class="print-doc">
      <header class="print-cover">
        <h1>{doc.title}</h1>
        {doc.subtitle && <p class="print-subtitle">{doc.subtitle}</p>}
        {doc.intro.map((block, i) => (
          <Block key={i} block={block} />
        ))}
      </header>
      {doc.sections.map((section, i) => (
        <section key={i} class="print-section">
          <h2>{section.heading}</h2>
          {section.subheading && <p class="print-subtitle">{section.subheading}</p>}
          {section.blocks.map((block, j) => (
            <Block key={j} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** Screen and print layout for the document; `.no-print` hides page controls when printing. */
export const printViewCss = `
.print-doc { max-width: 760px; margin: 0 auto; line-height: 1.55; }
.print-doc h1 { font-size: 24px; }
.print-doc h2 { font-size: 19px; margin-top: 0; }
.print-doc h3 { font-size: 15px; margin: 16px 0 4px; }
.print-section { border-top: 1px solid var(--pom-border); padding-top: 24px; margin-top: 32px; }
.print-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.print-note { font-style: italic; color: var(--pom-muted); }
.print-subtitle { color: var(--pom-muted); margin-top: -4px; }
.print-field .print-label::after { content: ": "; }
.print-checklist, .print-list { list-style: none; padding: 0; margin: 4px 0 8px; }
.print-checklist li { display: flex; gap: 8px; }
.print-box { font-size: 1.2em; line-height: 1.2; }
.print-table { border-collapse: collapse; margin: 8px 0 16px; }
.print-table caption { text-align: left; font-weight: bold; margin-bottom: 4px; }
.print-table th, .print-table td { border: 1px solid var(--pom-border); padding: 4px 10px; text-align: left; }
.print-table td { text-align: right; }
@media print {
  @page { margin: 18mm 16mm; }
  .no-print { display: none !important; }
  html, body, .pom { background: #fff !important; color: #000 !important; }
  .print-doc { max-width: none; font-size: 11pt; }
  .print-note, .print-subtitle { color: #333 !important; }
  .print-section { break-before: page; border-top: none; padding-top: 0; margin-top: 0; }
  .print-question { break-inside: avoid; }
  .print-doc h2, .print-doc h3 { break-after: avoid; }
}
`;
