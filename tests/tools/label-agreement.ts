/**
 * npx tsx tests/tools/label-agreement.ts FOLDER
 *
 * How far the labels can be trusted: agreement (and Cohen's kappa) between the folder's labels and each
 * independent second labelling beside them (`second-labels-*.jsonl`, written blind from the excerpts),
 * and the detector's precision and recall against each labelling and on the pages all labellers agree on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detectPlanningPage } from '../../src/detect/index';
import { readRealLabels } from '../unit/detect/real-pages';

type Pair = { truth: boolean; other: boolean };

function agreement(pairs: readonly Pair[]): string {
  const n = pairs.length;
  const both = pairs.filter((p) => p.truth && p.other).length;
  const agree = pairs.filter((p) => p.truth === p.other).length;
  const truthRate = pairs.filter((p) => p.truth).length / n;
  const otherRate = pairs.filter((p) => p.other).length / n;
  const chance = truthRate * otherRate + (1 - truthRate) * (1 - otherRate);
  const kappa = (agree / n - chance) / (1 - chance);
  const precision = both / pairs.filter((p) => p.other).length;
  const recall = both / pairs.filter((p) => p.truth).length;
  return `${agree}/${n} agree, kappa ${kappa.toFixed(2)}; as a detector: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`;
}

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('Usage: tsx tests/tools/label-agreement.ts FOLDER\n');
  process.exitCode = 1;
} else {
  const labels = readRealLabels(folder);
  const detected = new Map(
    labels.map((l) => {
      const doc = parseHTML(readFileSync(join(folder, l.file), 'utf8')).document as unknown as Document;
      return [l.file, detectPlanningPage(doc, l.url).planning];
    }),
  );
  const seconds = readdirSync(folder)
    .filter((f) => /^second-labels-.*\.jsonl$/.test(f))
    .map((f) => {
      const rows = readFileSync(join(folder, f), 'utf8').trim().split('\n');
      const planning = new Map(
        rows.map((line) => {
          const row = JSON.parse(line) as { file: string; planning: boolean };
          return [row.file, row.planning];
        }),
      );
      return { name: f, planning };
    });
  const row = (name: string, pairs: Pair[]) => process.stdout.write(`${name}: ${agreement(pairs)}\n`);
  row(
    'detector vs labels',
    labels.map((l) => ({ truth: l.planning, other: detected.get(l.file) === true })),
  );
  for (const second of seconds) {
    const labelled = labels.filter((l) => second.planning.has(l.file));
    row(
      `${second.name} vs labels`,
      labelled.map((l) => ({ truth: l.planning, other: second.planning.get(l.file) === true })),
    );
    row(
      `detector vs ${second.name}`,
      labelled.map((l) => ({
        truth: second.planning.get(l.file) === true,
        other: detected.get(l.file) === true,
      })),
    );
  }
  const agreed = labels.filter((l) => seconds.every((s) => s.planning.get(l.file) === l.planning));
  row(
    'detector on pages every labelling agrees on',
    agreed.map((l) => ({ truth: l.planning, other: detected.get(l.file) === true })),
  );
}
