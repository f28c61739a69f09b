// The dashboard: GET /api/admin/stats?period=… drawn as cards (every number, each tagged with its path in the answer
// so a test can compare it with the API) and charts (every time series, every list of counts).
import { api } from './auth.js';
import { formatMoney, h, isMoney, label } from './dom.js';
import { barChart, lineChart } from './charts.js';

const periods = ['1h', '24h', '7d', '30d'];
const timeKeys = ['at', 'time', 'timestamp', 'start', 'from', 'bucket', 'date'];

function timeKey(item) {
  return timeKeys.find(k => typeof item?.[k] === 'string');
}

/** Walks the answer: numbers → cards, money lists → cards per currency, series → lines, counted lists → bars. */
function collect(value, path, out) {
  if (typeof value === 'number') {
    out.cards.push({ path, value: Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 4 : 2) });
  } else if (isMoney(value)) {
    out.cards.push({ path, value: formatMoney(value) });
  } else if (Array.isArray(value)) {
    if (value.length && value.every(isMoney)) {
      value.forEach(m => out.cards.push({ path: `${path}.${m.currency}`, value: formatMoney(m) }));
    } else if (value.length && value.every(v => v && typeof v === 'object' && timeKey(v))) {
      const key = timeKey(value[0]);
      const numeric = Object.keys(value[0]).filter(k => typeof value[0][k] === 'number');
      for (const field of numeric) {
        out.charts.push(lineChart(`${label(path)}: ${label(field)}`, value.map(v => ({ label: v[key].slice(0, 16).replace('T', ' '), value: v[field] }))));
      }
    } else if (value.length && value.every(v => v && typeof v === 'object')) {
      const name = Object.keys(value[0]).find(k => typeof value[0][k] === 'string');
      const count = Object.keys(value[0]).find(k => typeof value[0][k] === 'number');
      if (name && count) out.charts.push(barChart(label(path), value.map(v => ({ label: v[name], value: v[count] }))));
      else value.forEach((v, i) => collect(v, `${path}.${i}`, out));
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, path ? `${path}.${k}` : k, out);
  }
}

/**
 * The stats answer as issue 15 shapes it: named counters, money per currency, request figures and named series, each
 * with a display name. Cards carry the figure's stable name (data-stat) so tests can compare them with the API.
 */
function describe(stats, out) {
  for (const counter of stats.counters) out.cards.push({ path: counter.name, title: counter.displayName, value: String(counter.value) });
  for (const amount of stats.amounts ?? []) {
    if (amount.amounts.length === 0) out.cards.push({ path: amount.name, title: amount.displayName, value: '0' });
    for (const money of amount.amounts) out.cards.push({ path: `${amount.name}.${money.currency}`, title: `${amount.displayName} (${money.currency})`, value: formatMoney(money) });
  }

  const requests = stats.requests;
  if (requests) {
    out.cards.push({ path: 'requests.count', title: 'Requests (changes)', value: String(requests.count) });
    out.cards.push({ path: 'requests.errorRate', title: 'Error rate', value: `${(requests.errorRate * 100).toFixed(1)} %` });
    out.cards.push({ path: 'requests.p50Ms', title: 'Latency p50', value: requests.p50Ms === null ? '–' : `${requests.p50Ms} ms` });
    out.cards.push({ path: 'requests.p95Ms', title: 'Latency p95', value: requests.p95Ms === null ? '–' : `${requests.p95Ms} ms` });
    if (requests.topErrorCodes?.length) out.charts.push(barChart('Top error codes', requests.topErrorCodes.map(e => ({ label: e.code, value: e.count }))));
  }

  for (const series of stats.series) {
    out.charts.push(lineChart(series.displayName, series.points.map(p => ({ label: p.start.slice(0, 16).replace('T', ' '), value: p.value }))));
  }
}

export async function renderDashboard(main, metadata, params) {
  const period = periods.includes(params.get('period')) ? params.get('period') : '24h';
  const picker = h('p', {}, 'Period: ', periods.map(p => p === period
    ? h('strong', { 'data-period': p }, p, ' ')
    : [h('a', { href: `#/dashboard?period=${p}`, 'data-period': p }, p), ' ']));
  main.replaceChildren(h('h1', {}, 'Dashboard'), picker, h('p', { class: 'muted' }, 'Loading…'));
  let stats;
  try {
    stats = await api('GET', metadata.find('GET', '/api/admin/stats').route, { query: { period } });
  } catch (e) {
    main.replaceChildren(h('h1', {}, 'Dashboard'), picker, h('p', { class: 'error' }, `${e.code ?? e.status}: ${e.message}`));
    return;
  }

  const out = { cards: [], charts: [] };
  if (Array.isArray(stats.counters) && Array.isArray(stats.series)) describe(stats, out);
  else collect(stats, '', out);
  main.replaceChildren(
    h('h1', {}, 'Dashboard'),
    picker,
    h('div', { class: 'cards' }, out.cards.map(c => h('div', { class: 'card', 'data-stat': c.path },
      h('div', { class: 'label' }, c.title ?? c.path.split('.').map(label).join(' · ')),
      h('div', { class: 'value' }, c.value)))),
    h('div', {}, out.charts));
}
