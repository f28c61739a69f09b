// A form for an action's JSON body, built from the OpenAPI schema of its operation: one field per property.
import { h, label } from './dom.js';
import { resolve } from './metadata.js';

function typeOf(schema) {
  const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
  return types.find(t => t && t !== 'null') ?? (schema?.oneOf || schema?.anyOf ? 'object' : 'string');
}

function field(openApi, name, rawSchema, required) {
  const schema = resolve(openApi, rawSchema) ?? {};
  const type = typeOf(schema);
  const common = { name, 'data-field': name, required: required || null };
  if (type === 'boolean') {
    return { name, type, element: h('label', { class: 'inline' }, h('input', { type: 'checkbox', ...common, required: null }), label(name)) };
  }

  let input;
  if (schema.enum) {
    input = h('select', common, required ? null : h('option', { value: '' }, ''), schema.enum.filter(v => v !== null).map(v => h('option', { value: v }, v)));
  } else if (type === 'array') {
    input = h('input', { type: 'text', placeholder: 'comma-separated', ...common });
  } else if (type === 'object') {
    input = h('textarea', { rows: 3, placeholder: 'JSON', ...common });
  } else if (type === 'integer' || type === 'number') {
    input = h('input', { type: 'number', ...common });
  } else if (schema.format === 'date-time') {
    input = h('input', { type: 'datetime-local', ...common });
  } else {
    input = h('input', { type: 'text', ...common });
  }

  return { name, type, format: schema.format, element: h('label', {}, `${label(name)}${required ? ' *' : ''}`, input) };
}

function read(form, fields) {
  const body = {};
  for (const f of fields) {
    const input = form.elements.namedItem(f.name);
    if (f.type === 'boolean') { body[f.name] = input.checked; continue; }
    const value = input.value.trim();
    if (value === '') continue;
    if (f.type === 'array') body[f.name] = value.split(',').map(v => v.trim()).filter(Boolean);
    else if (f.type === 'object') body[f.name] = JSON.parse(value);
    else if (f.type === 'integer' || f.type === 'number') body[f.name] = Number(value);
    else if (f.format === 'date-time') body[f.name] = new Date(value).toISOString();
    else body[f.name] = value;
  }

  return body;
}

/**
 * Asks for the body of <paramref name="method"/> in a dialog. Resolves with the body (undefined for an optional body
 * left empty), or null when cancelled. <paramref name="initial"/> pre-fills fields (e.g. a user's current roles).
 */
export function askForBody(openApi, method, schema, title, initial = {}) {
  const properties = Object.entries(schema?.properties ?? {});
  const required = new Set(schema?.required ?? []);
  const fields = properties.map(([name, s]) => field(openApi, name, s, required.has(name)));
  const optionalBody = method.parameters.some(p => p.bindingSource === 'body' && p.isOptional);
  return new Promise(resolvePromise => {
    const error = h('p', { class: 'error' });
    const form = h('form', { method: 'dialog' },
      h('h2', {}, title),
      fields.map(f => f.element),
      error,
      h('div', {}, h('button', { type: 'submit', class: 'primary', value: 'ok' }, 'Confirm'), h('button', { type: 'button', value: 'cancel', onclick: () => dialog.close('cancel') }, 'Cancel')));
    const dialog = h('dialog', { 'aria-label': title }, form);
    for (const [name, value] of Object.entries(initial)) {
      const input = form.elements.namedItem(name);
      if (input) input.value = Array.isArray(value) ? value.join(', ') : value;
    }

    form.addEventListener('submit', event => {
      try {
        const body = read(form, fields);
        event.preventDefault();
        dialog.close('ok');
        resolvePromise(optionalBody && Object.keys(body).length === 0 ? undefined : body);
      } catch (e) {
        event.preventDefault();
        error.textContent = `Not valid JSON: ${e.message}`;
      }
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'ok') resolvePromise(null);
      dialog.remove();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Asks to confirm an action without a body. */
export function confirmAction(title) {
  return new Promise(resolvePromise => {
    const form = h('form', { method: 'dialog' }, h('h2', {}, title),
      h('div', {}, h('button', { type: 'submit', class: 'primary', value: 'ok' }, 'Confirm'), h('button', { type: 'submit', value: 'cancel' }, 'Cancel')));
    const dialog = h('dialog', { 'aria-label': title }, form);
    dialog.addEventListener('close', () => { resolvePromise(dialog.returnValue === 'ok'); dialog.remove(); });
    document.body.append(dialog);
    dialog.showModal();
  });
}
