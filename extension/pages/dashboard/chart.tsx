/**
 * One uPlot chart as a Preact component: built when mounted, rebuilt when
 * its data or options change, resized with its container, destroyed on
 * unmount. The canvas is hidden from assistive technology; every chart sits
 * in a figure whose caption says what it shows and whose table (under
 * "Show as table") gives the same figures as text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** The page's colours, read from its CSS variables (charts draw on canvas, not with CSS). */
export function palette(): { text: string; muted: string; line: string; series: string[] } {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return { text: v('--text'), muted: v('--muted'), line: v('--line'), series: [v('--accent'), '#c4320a', '#0e9384', '#7a5af8', '#ca8504', '#dd2590'] };
}

/** Axis styling shared by every chart. */
export function axis(extra: Partial<uPlot.Axis> = {}): uPlot.Axis {
  const p = palette();
  return { stroke: p.muted, grid: { stroke: p.line, width: 1 }, ticks: { stroke: p.line, width: 1 }, ...extra };
}

/** A y scale from zero (bars must start at zero to compare), with headroom. */
export const fromZero: uPlot.Scale = { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] };

/** Bars, drawn to the left (-1), centred (0) or right (1) of each x value. */
export function bars(align: -1 | 0 | 1 = 0, size = 0.6): uPlot.Series.PathBuilder {
  return uPlot.paths.bars!({ size: [size, 48], align });
}

interface ChartProps {
  /** Options without width and height (the container decides those). */
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  /** Test hook and CSS name of the chart. */
  name: string;
}

/** A uPlot chart filling its container's width. */
export function Chart({ options, data, height = 220, name }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const plot = new uPlot({ ...options, width: Math.max(el.clientWidth, 280), height }, data, el);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 280), height }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data, height]);
  return <div ref={box} class="chart" data-chart={name} aria-hidden="true" />;
}

/** A captioned chart with its figures as a table for those who cannot see the chart. */
export function Figure({ caption, children, table }: { caption: string; children: ComponentChildren; table: ComponentChildren }) {
  return (
    <figure class="figure">
      <figcaption>{caption}</figcaption>
      {children}
      <details>
        <summary>Show as table</summary>
        {table}
      </details>
    </figure>
  );
}
