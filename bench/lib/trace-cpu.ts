/**
 * The CPU time a page's main thread spent inside User Timing measures, read
 * off a Chromium trace. The duration a measure reports is wall time: on a
 * machine with two cores it includes the moments the thread waited for a
 * core while the page's raster, the browser or the JIT's own compiles ran.
 * The thread time of the task a measure ran in does not, so it tells what the
 * measured work itself costs, whatever else the machine was doing.
 */
import type { CDPSession } from 'playwright-core';

/**
 * How far (µs) a measure may reach past the task it ran in: the page's clock
 * is coarsened (to 100 µs where a page is not cross-origin isolated), so a
 * measure's ends can fall just outside its task's.
 */
const SLACK_US = 200;

/** The fields of a trace event this reads. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  pid: number;
  dur?: number;
  tdur?: number;
  id?: string;
  id2?: { local?: string; global?: string };
}

/** Runs `work` with tracing on (tasks, the timeline and User Timing events) and returns its result and the events. */
export async function traced<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ value: T; events: TraceEvent[] }> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', ({ stream }) => resolve(stream ?? '')));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReturnAsStream' });
  let value: T;
  try {
    value = await work();
  } finally {
    await cdp.send('Tracing.end');
  }
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { value, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
}

/**
 * The thread time (ms) spent inside each measure named `name`, in the order
 * they ended: the thread time of the smallest task event on the measure's
 * thread that holds it (see SLACK_US), in proportion to the share of that
 * task the measure took.
 */
export function threadTimesIn(events: readonly TraceEvent[], name: string): number[] {
  return measuresIn(events, name).map((m) => m.ms);
}

/** Each measure named `name`, in the order they ended: when it began (trace clock, µs) and its thread time (ms, see threadTimesIn). */
export function measuresIn(events: readonly TraceEvent[], name: string): Array<{ at: number; ms: number }> {
  const key = (e: TraceEvent) => `${e.pid}:${e.id ?? e.id2?.local ?? e.id2?.global ?? ''}`;
  const begins = new Map<string, TraceEvent>();
  const times: Array<{ at: number; ms: number }> = [];
  for (const e of events) {
    if (e.name !== name) continue;
    if (e.ph === 'b') begins.set(key(e), e);
    if (e.ph !== 'e') continue;
    const begin = begins.get(key(e));
    if (!begin) continue;
    const [from, to] = [begin.ts, e.ts];
    let holder: TraceEvent | undefined;
    for (const task of events) {
      if (task.ph !== 'X' || task.pid !== begin.pid || task.tid !== begin.tid || task.dur === undefined || task.tdur === undefined) continue;
      const holds = task.ts <= from + SLACK_US && task.ts + task.dur >= to - SLACK_US;
      if (holds && (!holder || task.dur < holder.dur!)) holder = task;
    }
    if (!holder) continue;
    const share = holder.dur! > 0 ? Math.min(1, (to - from) / holder.dur!) : 1;
    times.push({ at: from, ms: (holder.tdur! * share) / 1000 });
  }
  return times;
}

/**
 * The thread time (ms) of the content script's pass number `pass` (1 for a
 * page's first) on a page loaded once while tracing: its `orderlens:parse`
 * measure and every `orderlens:annotate` measure after it and before the
 * next pass's parse (each feature times its chips apart).
 */
export function passThreadTimes(events: readonly TraceEvent[], pass: number): { parse: number; annotate: number } | undefined {
  const parses = measuresIn(events, 'orderlens:parse');
  const parse = parses[pass - 1];
  if (!parse) return undefined;
  const until = parses[pass]?.at ?? Number.POSITIVE_INFINITY;
  let annotate = 0;
  for (const m of measuresIn(events, 'orderlens:annotate')) if (m.at >= parse.at && m.at < until) annotate += m.ms;
  return { parse: parse.ms, annotate };
}
