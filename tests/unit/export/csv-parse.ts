/**
 * A strict RFC 4180 reader for tests: CRLF between records only, quotes only around whole fields, and a
 * leading UTF-8 byte order mark allowed. Throws on anything else, so a sloppy writer fails the tests.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = input.length;
  if (n === 0) return rows;
  while (i <= n) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('Unclosed quoted field');
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += c;
          i++;
        }
      }
    } else {
      while (i < n && input[i] !== ',' && input[i] !== '\r' && input[i] !== '\n') {
        if (input[i] === '"') throw new Error(`Quote inside an unquoted field at ${i}`);
        field += input[i];
        i++;
      }
    }
    row.push(field);
    if (i === n) {
      rows.push(row);
      break;
    }
    const c = input[i];
    if (c === ',') {
      i++;
      continue;
    }
    if (c === '\r' && input[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
      if (i === n) break;
      continue;
    }
    throw new Error(`Unexpected character ${JSON.stringify(c)} after a field at ${i}`);
  }
  return rows;
}
