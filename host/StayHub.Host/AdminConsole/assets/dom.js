// Small DOM helpers: every node is built with DOM calls (never innerHTML), so API text can never become markup and
// the strict CSP (no inline script or style) holds.

/** Creates an element: h('td', {class: 'num'}, '12') — attributes, then children (strings become text nodes). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Creates an SVG element with attributes. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** "createdAt" → "Created at". */
export function label(name) {
  const words = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as short text: money as "12.50 EUR", lists joined, objects as compact JSON. */
export function text(value) {
  if (value === null || value === undefined) return '';
  if (isMoney(value)) return formatMoney(value);
  if (Array.isArray(value)) return value.every(v => typeof v !== 'object' || v === null) ? value.join(', ') : `${value.length} item(s)`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Money is {amount (minor units), currency} in this API. */
export function isMoney(value) {
  return value !== null && typeof value === 'object' && typeof value.currency === 'string' && typeof value.amount === 'number'
    && Object.keys(value).length <= 3;
}

const zeroDecimal = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD', 'UGX', 'XAF', 'XOF']);

export function formatMoney(money) {
  const digits = zeroDecimal.has(money.currency) ? 0 : 2;
  return `${(money.amount / 10 ** digits).toFixed(digits)} ${money.currency}`;
}

/** Shows a short message in the corner for a few seconds. */
export function toast(message, isError = false) {
  const line = h('p', { class: isError ? 'error' : null }, message);
  document.getElementById('toast').append(line);
  setTimeout(() => line.remove(), isError ? 8000 : 4000);
}
