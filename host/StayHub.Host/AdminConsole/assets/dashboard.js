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
  collect(stats, '', out);
  main.replaceChildren(
    h('h1', {}, 'Dashboard'),
    picker,
    h('div', { class: 'cards' }, out.cards.map(c => h('div', { class: 'card', 'data-stat': c.path },
      h('div', { class: 'label' }, c.path.split('.').map(label).join(' · ')),
      h('div', { class: 'value' }, c.value)))),
    h('div', {}, out.charts));
}
