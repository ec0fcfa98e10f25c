/**
 * The one way the deploy talks to Cloudflare: the `wrangler` executable, run
 * as a child process. Tests point `bin` at a fake executable, so everything
 * above this line runs for real against canned Wrangler output.
 */
import { spawn } from 'node:child_process';

/** What one Wrangler run printed and how it ended. */
export interface WranglerResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `wrangler <args>`; `input` goes to its stdin (how secrets are passed: never on the command line). */
export type Wrangler = (args: string[], input?: string) => Promise<WranglerResult>;

/** A runner for the executable at `bin`, started in `cwd`. */
export function spawnWrangler(bin: string, cwd: string, env: NodeJS.ProcessEnv = process.env): Wrangler {
  return (args, input) =>
    new Promise((resolve, reject) => {
      const child = spawn(bin, args, {
        cwd,
        env: { ...env, WRANGLER_SEND_METRICS: 'false', FORCE_COLOR: '0' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      child.stdin.end(input ?? '');
    });
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** The JSON document a `--json` command printed, after any banner or log lines before it. */
export function jsonOf<T>(output: string): T | undefined {
  const text = output.replace(ANSI, '');
  const start = text.search(/^[[{]/m);
  if (start < 0) return undefined;
  try {
    return JSON.parse(text.slice(start)) as T;
  } catch {
    return undefined;
  }
}

/**
 * What went wrong, in Wrangler's words: its `✘ [ERROR]` block when there is
 * one (the banner and progress lines say nothing about the failure), else
 * the last lines it printed.
 */
export function errorOf(result: WranglerResult): string {
  const text = `${result.stderr}\n${result.stdout}`.replace(ANSI, '');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes('[ERROR]'));
  if (at >= 0) {
    const block = [lines[at]!.replace(/^.*\[ERROR\]\s*/, '')];
    for (const line of lines.slice(at + 1)) {
      if (line.includes('Logs were written to') || line.includes('[ERROR]')) break;
      block.push(line);
    }
    return block.join('\n').trim();
  }
  const tail = lines.map((l) => l.trim()).filter(Boolean);
  return tail.slice(-5).join('\n') || `wrangler exited with code ${result.code}`;
}

/** The workers.dev URL `wrangler deploy` printed under "Deployed <name> triggers", else the first https URL it printed there. */
export function deployedUrl(output: string): string | undefined {
  const text = output.replace(ANSI, '');
  return /https:\/\/[\w.-]+\.workers\.dev\b/.exec(text)?.[0] ?? /^\s+(https:\/\/\S+)/m.exec(text.slice(Math.max(0, text.indexOf('Deployed '))))?.[1];
}
