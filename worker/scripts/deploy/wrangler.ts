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
        // No input: stdin is /dev/null, so Wrangler never waits for a prompt answer.
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
      if (input !== undefined) {
        // A child that exits without reading its input is answered by its exit code, not by EPIPE.
        child.stdin!.on('error', () => {});
        child.stdin!.end(input);
      }
    });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: wrangler colours its output with ANSI escapes (ESC, \u001b) that messages must not carry.
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
 * What went wrong, in Wrangler's words: its `✘ [ERROR]` lines and what follows
 * them (the banner and progress lines say nothing about the failure), else
 * the last lines it printed.
 */
export function errorOf(result: WranglerResult): string {
  const lines = `${result.stderr}\n${result.stdout}`.replace(ANSI, '').split('\n');
  const at = lines.findIndex((l) => l.includes('[ERROR]'));
  const picked =
    at >= 0
      ? lines
          .slice(at)
          .filter((l) => !l.includes('Logs were written to'))
          .map((l) => l.replace(/^.*\[ERROR\]\s*/, '').trimEnd())
      : lines
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(-5);
  return (
    picked
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim() || `wrangler exited with code ${result.code}`
  );
}

/** The workers.dev URL `wrangler deploy` printed under "Deployed <name> triggers", else the first https URL it printed there. */
export function deployedUrl(output: string): string | undefined {
  const text = output.replace(ANSI, '');
  return /https:\/\/[\w.-]+\.workers\.dev\b/.exec(text)?.[0] ?? /^\s+(https:\/\/\S+)/m.exec(text.slice(Math.max(0, text.indexOf('Deployed '))))?.[1];
}
