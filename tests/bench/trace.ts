import type { CDPSession } from '@playwright/test';

/*
 * Chromium tracing over CDP, and attribution of main-thread time to one script (the content script).
 *
 * Why tracing: the content script shares the page's main thread, so "how long did the page's tab spend
 * running our code" is the cost users feel. Chromium's own timeline events give exact wall durations
 * for script evaluation and for every callback it enters (EvaluateScript, FunctionCall, v8.compile, with
 * the script's URL), and its V8 sampling profiler ('disabled-by-default-v8.cpu_profiler', the data behind
 * DevTools' Performance panel) shows whose code is on the stack at each sample, which also catches work
 * that the timeline events do not name, such as promise continuations after a message round trip.
 * We take the union of both on the page's renderer main thread: time in an event that names the script,
 * plus sampled time with the script on the stack outside those events. DOM calls the script makes
 * (querySelector, getAttribute, forced style) count, because they run inside its frames; rendering the
 * page does later because of the script (layout after the prompt card mounts) does not.
 * Tracing costs something: the profiler adds roughly 10–20% to JavaScript time, so figures are a
 * slightly pessimistic upper bound rather than flattering.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export const traceCategories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: traceCategories },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((resolve) =>
    cdp.once('Tracing.tracingComplete', resolve),
  );
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Tracing returned no stream');
  const chunks: string[] = [];
  for (;;) {
    const read = await cdp.send('IO.read', { handle: stream, size: 4 * 1024 * 1024 });
    chunks.push(read.base64Encoded ? Buffer.from(read.data, 'base64').toString('utf8') : read.data);
    if (read.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

export interface ScriptAttribution {
  /** Union of named events and sampled stacks for the script on renderer main threads, in ms. */
  mainThreadMs: number;
  /** Just the timeline events that name the script (evaluation, callbacks, compile), in ms. */
  namedEventsMs: number;
  /** Just the sampled time with the script on the stack, in ms. */
  sampledMs: number;
  /** Top-level main-thread tasks that ran the script, longest first: the task's length and our part, in ms. */
  tasks: Array<{ taskMs: number; oursMs: number }>;
  /** Long tasks (> 50 ms) the script caused: its own part was over 50 ms, or without it the task would not be long. */
  longTasksOver50ms: number;
  /** Long tasks the script ran in at all, including a page's own long tasks it added a little to. */
  longTasksTouched: number;
  /** How many times Chromium evaluated or called into the script. */
  entries: number;
}

type Interval = [number, number];

function dataOf(e: TraceEvent): Record<string, unknown> {
  return ((e.args?.data as Record<string, unknown> | undefined) ?? {}) as Record<string, unknown>;
}

function unionMs(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let start = -Infinity;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (s > end) {
      if (end > start) total += end - start;
      start = s;
      end = e;
    } else if (e > end) end = e;
  }
  if (end > start) total += end - start;
  return total / 1000;
}

/** Disjoint, sorted intervals covering the same time. */
function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** How much of `span` the disjoint sorted intervals cover, in ms. */
function intersectionMs(merged: Interval[], span: Interval): number {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((merged[mid] as Interval)[1] <= span[0]) lo = mid + 1;
    else hi = mid;
  }
  let total = 0;
  for (let i = lo; i < merged.length; i++) {
    const [s, e] = merged[i] as Interval;
    if (s >= span[1]) break;
    total += Math.min(e, span[1]) - Math.max(s, span[0]);
  }
  return total / 1000;
}

/** Attributes renderer main-thread time to scripts whose URL starts with `urlPrefix`. */
export function attributeScript(events: TraceEvent[], urlPrefix: string): ScriptAttribution {
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threadNames.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string } | undefined)?.name ?? ''));
    }
  }
  const isRendererMain = (e: TraceEvent) => threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';

  // 1. Timeline events that name the script.
  const named: Interval[] = [];
  const byThread = new Map<string, Interval[]>();
  const note = (thread: string, span: Interval) => {
    const list = byThread.get(thread) ?? [];
    list.push(span);
    byThread.set(thread, list);
  };
  let entries = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !isRendererMain(e) || e.dur === undefined) continue;
    const data = dataOf(e);
    const url = String(data.url ?? (e.args as { fileName?: string } | undefined)?.fileName ?? '');
    if (!url.startsWith(urlPrefix)) continue;
    if (e.name === 'EvaluateScript' || e.name === 'FunctionCall') entries++;
    named.push([e.ts, e.ts + e.dur]);
    note(`${e.pid}:${e.tid}`, [e.ts, e.ts + e.dur]);
  }

  // 2. CPU samples from the renderer main thread's profile with the script anywhere on the stack.
  const profiles = new Map<
    string,
    { thread: string; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }
  >();
  for (const e of events) {
    if (e.name === 'Profile' && isRendererMain(e)) {
      const start = Number((dataOf(e).startTime as number | undefined) ?? e.ts);
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        start,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    if (!profile) continue;
    const data = dataOf(e) as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const sampled: Interval[] = [];
  for (const profile of profiles.values()) {
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result = node
        ? (node.callFrame.url ?? '').startsWith(urlPrefix) ||
          (node.parent !== undefined && isOurs(node.parent))
        : false;
      ours.set(id, result);
      return result;
    };
    let ts = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += profile.deltas[i] ?? 0;
      // A sample stands for the time until the next one; cap it so a gap in sampling is not counted.
      const next = Math.min(profile.deltas[i + 1] ?? 0, 2_000);
      if (next > 0 && isOurs(profile.samples[i] as number)) {
        sampled.push([ts, ts + next]);
        note(profile.thread, [ts, ts + next]);
      }
    }
  }

  // 3. Our time per thread as disjoint sorted intervals, and its share of each top-level task.
  const merged = new Map([...byThread].map(([thread, list]) => [thread, mergeIntervals(list)]));
  const tasks: Array<{ thread: string; span: Interval }> = [];
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !isRendererMain(e) || e.dur === undefined) continue;
    tasks.push({ thread: `${e.pid}:${e.tid}`, span: [e.ts, e.ts + e.dur] });
  }
  tasks.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const ourTasks: Array<{ taskMs: number; oursMs: number }> = [];
  const outerEnd = new Map<string, number>();
  for (const { thread, span } of tasks) {
    // Only outermost tasks: a nested run loop's tasks are already inside their parent.
    if (span[1] <= (outerEnd.get(thread) ?? -Infinity)) continue;
    outerEnd.set(thread, span[1]);
    const ours = intersectionMs(merged.get(thread) ?? [], span);
    if (ours > 0) ourTasks.push({ taskMs: (span[1] - span[0]) / 1000, oursMs: ours });
  }
  ourTasks.sort((a, b) => b.taskMs - a.taskMs);
  // A long task is ours when our part alone exceeds 50 ms, or the task would not be long without it.
  const caused = ourTasks.filter((t) => t.taskMs > 50 && (t.oursMs > 50 || t.taskMs - t.oursMs <= 50));

  let mainThreadMs = 0;
  for (const list of merged.values()) mainThreadMs += list.reduce((t, [a, b]) => t + (b - a), 0) / 1000;
  return {
    mainThreadMs,
    namedEventsMs: unionMs(named),
    sampledMs: unionMs(sampled),
    tasks: ourTasks,
    longTasksOver50ms: caused.length,
    longTasksTouched: ourTasks.filter((t) => t.taskMs > 50).length,
    entries,
  };
}
