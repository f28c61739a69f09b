// Charts drawn as SVG with DOM calls (no library, nothing from a CDN): a line for a time series, bars for counts.
import { svg } from './dom.js';

const width = 420;
const height = 180;
const pad = { left: 44, right: 10, top: 20, bottom: 28 };

function scale(values) {
  const max = Math.max(1, ...values);
  return value => pad.top + (height - pad.top - pad.bottom) * (1 - value / max);
}

function frame(title, max) {
  return [
    svg('text', { x: pad.left, y: 13 }, title),
    svg('line', { class: 'axis', x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom }),
    svg('line', { class: 'axis', x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom }),
    svg('text', { x: 4, y: pad.top + 4 }, String(max)),
    svg('text', { x: 4, y: height - pad.bottom }, '0'),
  ];
}

/** A line chart of points {label, value} in order. */
export function lineChart(title, points) {
  const values = points.map(p => p.value);
  const y = scale(values);
  const step = points.length > 1 ? (width - pad.left - pad.right) / (points.length - 1) : 0;
  const x = i => pad.left + i * step;
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const labels = points.length ? [points[0], points[points.length - 1]] : [];
  return svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, 'data-chart': title },
    frame(title, Math.max(0, ...values)),
    points.length ? svg('path', { class: 'line', d: path }) : svg('text', { x: pad.left + 10, y: height / 2 }, 'no data'),
    labels.map((p, i) => svg('text', { x: i === 0 ? pad.left : width - pad.right - 90, y: height - 8 }, p.label)));
}

/** A bar chart of {label, value}. */
export function barChart(title, bars) {
  const y = scale(bars.map(b => b.value));
  const slot = bars.length ? (width - pad.left - pad.right) / bars.length : 0;
  return svg('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, 'data-chart': title },
    frame(title, Math.max(0, ...bars.map(b => b.value))),
    bars.map((b, i) => [
      svg('rect', { class: 'bar', x: pad.left + i * slot + 4, y: y(b.value), width: Math.max(1, slot - 8), height: height - pad.bottom - y(b.value) },
        svg('title', {}, `${b.label}: ${b.value}`)),
      svg('text', { x: pad.left + i * slot + 4, y: height - 8 }, String(b.label).slice(0, 14)),
    ]));
}
