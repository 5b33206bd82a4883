/**
 * npx tsx tests/tools/score-real-pages.ts FOLDER [--mistakes]
 *
 * Prints the detector's figures on one real-pages folder (precision, recall, by context and mode, Brier
 * score and reliability by score decile). The lead runs it once on a sealed folder after the rules
 * are final; the train and seen tests use the same function.
 */
import { describeFigures, scoreRealPages } from '../unit/detect/real-pages';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('Usage: tsx tests/tools/score-real-pages.ts FOLDER [--mistakes]\n');
  process.exitCode = 1;
} else {
  try {
    const figures = scoreRealPages(folder);
    process.stdout.write(`${describeFigures(folder, figures)}\n`);
    if (process.argv.includes('--mistakes')) process.stdout.write(`  ${figures.mistakes.join('\n  ')}\n`);
  } catch (error) {
    process.stderr.write(`Could not score ${folder}: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
