// careplan print station: the form (built from the JSON Schema the loader
// publishes at /api/schema), the YAML view kept in step with it, checking as
// you type (/api/validate), the preview, printing and downloads.
// Every profile value reaches the page as text (textContent, value), never
// as HTML. Nothing is stored: the profile lives in this page until saved.
'use strict';

(function () {
  const state = {
    schema: null,
    vocabulary: { medicines: [], tests: [], organs: [] },
    clinic: {},
    model: {},
    mode: 'patient',
    packetOnlyKeys: [],   // keys a patient profile may not have
    patientOnlyKeys: [],  // keys a packet profile may not have
    validateTimer: null,
    yamlTimer: null,
    validateSeq: 0,
    pdfUrl: null,
    lastDiagnostics: [],
    comments: null,        // the YAML view's comments, kept through form edits
    commentsUnsafe: false, // the YAML had comments that could not be kept
    lines: null,           // the YAML view's line gutter
  };
  const YAML_OPTIONS = { schema: jsyaml.CORE_SCHEMA };  // dates stay text, as the loader reads them
  const byId = (id) => document.getElementById(id);
  const YamlComments = window.careplanYamlComments;
  const loadYaml = (text) => jsyaml.load(text, YAML_OPTIONS);
  const NO_COMMENTS = () => ({ header: [], anchors: [], footer: [], count: 0 });

  // ---- small helpers ---------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function pathOf(parts) {
    let path = '';
    for (const part of parts) {
      path += typeof part === 'number' ? `[${part}]` : (path ? '.' : '') + part;
    }
    return path;
  }

  function idOf(parts) {
    return 'f-' + parts.map((part) => String(part).replace(/[^A-Za-z0-9_]/g, '_')).join('-');
  }

  function getAt(parts) {
    let node = state.model;
    for (const part of parts) {
      if (node === null || typeof node !== 'object') return undefined;
      node = node[part];
    }
    return node;
  }

  // Sets a value, making the objects and lists on the way; an empty value
  // removes the key (an absent optional field, as the loader reads it).
  function setAt(parts, value) {
    let node = state.model;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      if (node[part] === null || typeof node[part] !== 'object') {
        node[part] = typeof parts[i + 1] === 'number' ? [] : {};
      }
      node = node[part];
    }
    const last = parts[parts.length - 1];
    if (value === undefined || value === '') {
      if (Array.isArray(node)) node[last] = undefined; else delete node[last];
    } else {
      node[last] = value;
    }
  }

  function humanise(key) {
    const words = String(key).replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function typesOf(schema) {
    return Array.isArray(schema.type) ? schema.type : [schema.type];
  }

  // ---- the model as YAML ------------------------------------------------

  // A list field's schema: its own, or the list among its oneOf choices.
  function listSchema(schema) {
    if (!schema) return null;
    if (schema.items) return schema;
    return (schema.oneOf || []).find((option) => option.type === 'array') || null;
  }

  function isEmpty(value) {
    if (value === undefined || value === null || value === '') return true;
    return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
  }

  // A copy in the schema's key order, without empty values; list items that
  // are empty objects stay (an item just added), empty text items do not.
  function ordered(value, schema) {
    if (Array.isArray(value)) {
      const list = listSchema(schema);
      const itemSchema = list ? list.items : null;
      return value.filter((item) => item !== undefined && item !== null && item !== '')
        .map((item) => ordered(item, itemSchema));
    }
    if (value === null || typeof value !== 'object') return value;
    const properties = (schema && schema.properties) || {};
    const keys = Object.keys(properties).filter((key) => key in value)
      .concat(Object.keys(value).filter((key) => !(key in properties)));
    const copy = {};
    for (const key of keys) {
      const child = ordered(value[key], properties[key] || null);
      if (isEmpty(child)) continue;
      copy[key] = child;
    }
    return copy;
  }

  function modelToYaml() {
    const profile = ordered(state.model, state.schema);
    return jsyaml.dump(profile, Object.assign({ lineWidth: -1, noRefs: true }, YAML_OPTIONS));
  }

  function isKept(item) {
    return item !== undefined && item !== null && item !== '';
  }

  // A path in the model as it is in the written YAML, where emptied text
  // list items are left out (an emptied item's path points to no line).
  function writtenParts(parts) {
    const written = [];
    let node = state.model;
    for (const part of parts) {
      if (Array.isArray(node) && typeof part === 'number') {
        if (!isKept(node[part])) return written.concat(-1);
        written.push(node.slice(0, part).filter(isKept).length);
      } else {
        written.push(part);
      }
      node = node !== null && typeof node === 'object' ? node[part] : undefined;
    }
    return written;
  }

  function textReadsAsModel(text) {
    try {
      return YamlComments.sameData(loadYaml(text), ordered(state.model, state.schema));
    } catch (error) {
      return false;
    }
  }

  // The form changed the profile: the YAML view is written again from it,
  // with its comments put back before the fields they stood before. When
  // the form changed no value, the text stays as written.
  function writeYaml() {
    const textarea = byId('yaml');
    if (textReadsAsModel(textarea.value)) return;
    const dump = modelToYaml();
    let text = dump;
    if (state.comments && state.comments.count > 0) {
      const written = Object.assign({}, state.comments, {
        anchors: state.comments.anchors.map((anchor) => Object.assign({}, anchor, { parts: writtenParts(anchor.parts) })),
      });
      text = YamlComments.apply(dump, written, loadYaml);
      if (text === null) {
        text = dump;
        state.comments = NO_COMMENTS();
        state.commentsUnsafe = true;
      }
    }
    textarea.value = text;
    byId('yaml-status').textContent = state.commentsUnsafe
      ? 'The form wrote the YAML again without its comments: they could not be kept safely.' : '';
    state.commentsUnsafe = false;
    if (state.comments === null) state.comments = NO_COMMENTS();
    state.lines.render();
  }

  // ---- building the form from the schema --------------------------------

  function hiddenKeys() {
    return state.mode === 'packet' ? state.patientOnlyKeys : state.packetOnlyKeys;
  }

  function renderForm() {
    const form = byId('profile-form');
    form.replaceChildren();
    const root = state.schema;
    const required = root.required || [];
    const hidden = hiddenKeys();
    for (const [key, schema] of Object.entries(root.properties)) {
      if (key === 'format' || hidden.includes(key)) continue;
      form.append(renderField(schema, [key], humanise(key), required.includes(key) ||
        (state.mode === 'patient' ? ['patient', 'diagnosis'] : ['packet']).includes(key)));
    }
  }

  function renderField(schema, parts, label, required) {
    if (schema.oneOf) return renderChoice(schema, parts, label);
    const types = typesOf(schema);
    if (types.includes('object')) return renderObject(schema, parts, label);
    if (types.includes('array')) {
      const items = schema.items || {};
      if (typesOf(items).includes('object')) return renderObjectList(schema, parts, label);
      if (items.enum) return renderCheckboxes(schema, parts, label);
      return renderTextList(schema, parts, label);
    }
    return renderScalar(schema, parts, label, required);
  }

  function fieldWrapper(parts, tag) {
    return el(tag || 'div', { class: 'field', 'data-path': pathOf(parts) });
  }

  function describe(schema, id) {
    if (!schema.description) return null;
    return el('p', { class: 'hint', id: id + '-hint' }, schema.description);
  }

  function errorArea(id) {
    return el('div', { class: 'messages', id: id + '-messages' });
  }

  function renderObject(schema, parts, label) {
    const id = idOf(parts);
    const box = fieldWrapper(parts, 'fieldset');
    box.id = id;
    box.append(el('legend', {}, label), describe(schema, id));
    const required = schema.required || [];
    for (const [key, child] of Object.entries(schema.properties || {})) {
      box.append(renderField(child, parts.concat(key), humanise(key), required.includes(key)));
    }
    box.append(errorArea(id));
    return box;
  }

  function renderObjectList(schema, parts, label) {
    const id = idOf(parts);
    const box = fieldWrapper(parts, 'fieldset');
    box.id = id;
    box.append(el('legend', {}, label), describe(schema, id));
    const items = Array.isArray(getAt(parts)) ? getAt(parts) : [];
    const itemLabel = humanise(parts[parts.length - 1]).replace(/s$/, '').replace(/ie$/, 'y');
    items.forEach((item, index) => {
      if (item === undefined) return;
      const itemParts = parts.concat(index);
      const itemBox = renderObject(schema.items, itemParts, `${itemLabel} ${index + 1}`);
      itemBox.classList.add('item');
      const remove = el('button', { type: 'button', class: 'secondary' },
        `Remove ${itemLabel.toLowerCase()} ${index + 1}`);
      remove.addEventListener('click', () => {
        const list = getAt(parts);
        list.splice(index, 1);
        YamlComments.itemRemoved(state.comments, parts, index);
        if (list.length === 0) setAt(parts, undefined);
        changedByForm(true);
        focusSoon(`${id}-add`);
      });
      itemBox.append(el('div', { class: 'item-actions' }, remove));
      box.append(itemBox);
    });
    const add = el('button', { type: 'button', id: `${id}-add` }, `Add ${itemLabel.toLowerCase()}`);
    add.addEventListener('click', () => {
      const list = Array.isArray(getAt(parts)) ? getAt(parts) : [];
      list.push({});
      setAt(parts, list);
      changedByForm(true);
      const first = Object.keys(schema.items.properties || {})[0];
      focusSoon(idOf(parts.concat(list.length - 1, first)));
    });
    box.append(add, errorArea(id));
    return box;
  }

  function renderCheckboxes(schema, parts, label) {
    const id = idOf(parts);
    const box = fieldWrapper(parts, 'fieldset');
    box.id = id;
    box.append(el('legend', {}, label), describe(schema, id));
    const chosen = Array.isArray(getAt(parts)) ? getAt(parts) : [];
    const row = el('div', { class: 'choices' });
    for (const word of schema.items.enum) {
      const boxId = `${id}-${word.replace(/[^A-Za-z0-9]/g, '_')}`;
      const input = el('input', { type: 'checkbox', id: boxId, value: word, checked: chosen.includes(word) });
      input.addEventListener('change', () => {
        const now = Array.from(box.querySelectorAll('input[type=checkbox]'))
          .filter((checkbox) => checkbox.checked).map((checkbox) => checkbox.value);
        setAt(parts, now.length ? now : undefined);
        changedByForm(false);
      });
      row.append(el('span', {}, input, el('label', { for: boxId }, humanise(word))));
    }
    box.append(row, errorArea(id));
    return box;
  }

  function renderTextList(schema, parts, label) {
    const id = idOf(parts);
    const box = fieldWrapper(parts, 'fieldset');
    box.id = id;
    box.append(el('legend', {}, label), describe(schema, id));
    const items = Array.isArray(getAt(parts)) ? getAt(parts) : [];
    items.forEach((item, index) => {
      if (item === undefined) return;
      box.append(renderScalar(schema.items || {}, parts.concat(index), `${label}: ${index + 1}`, false));
    });
    const add = el('button', { type: 'button', id: `${id}-add` }, `Add to ${label.toLowerCase()}`);
    add.addEventListener('click', () => {
      const list = Array.isArray(getAt(parts)) ? getAt(parts) : [];
      list.push('');
      setAt(parts, list);
      changedByForm(true);
      focusSoon(idOf(parts.concat(list.length - 1)));
    });
    box.append(add, errorArea(id));
    return box;
  }

  // A field that is one of a few words or a list (allergies: none or a list;
  // packet sections: all or a list): a choice, then the list when chosen.
  function renderChoice(schema, parts, label) {
    const id = idOf(parts) + '-choice';  // the list inside has the plain id
    const box = fieldWrapper(parts, 'fieldset');
    box.id = id;
    box.append(el('legend', {}, label), describe(schema, id));
    const value = getAt(parts);
    const list = listSchema(schema);
    const select = el('select', { id: `${id}-kind` });
    select.append(el('option', { value: '' }, '(not given)'));
    for (const option of schema.oneOf) {
      if ('const' in option) {
        select.append(el('option', { value: 'const:' + option.const, selected: value === option.const }, String(option.const)));
      }
    }
    if (list) select.append(el('option', { value: 'list', selected: Array.isArray(value) }, 'a list'));
    select.addEventListener('change', () => {
      const choice = select.value;
      if (choice === '') setAt(parts, undefined);
      else if (choice === 'list') setAt(parts, typesOf(list.items).includes('object') ? [{}] : ['']);
      else setAt(parts, choice.slice(6));
      changedByForm(true);
      focusSoon(`${id}-kind`);
    });
    box.append(el('label', { for: `${id}-kind` }, `${label}: which`), select);
    if (Array.isArray(value) && list) {
      box.append(renderField(list, parts, `${label}: the list`, false));
    }
    box.append(errorArea(id));
    return box;
  }

  function completionList(parts) {
    const key = parts[parts.length - 1];
    const section = parts[0];
    if (key === 'name' && ['treatments', 'planned', 'other_medicines'].includes(section)) return 'medicine-names';
    if (key === 'test' && section === 'monitoring') return 'test-names';
    return null;
  }

  function placeholderFor(parts) {
    const path = pathOf(parts);
    if (path === 'emergency_number' && state.clinic.emergency_number) {
      return `clinic default: ${state.clinic.emergency_number}`;
    }
    if (path === 'packet.organisation' && state.clinic.organisation) {
      return `clinic default: ${state.clinic.organisation}`;
    }
    if (path === 'packet.contact' && state.clinic.contact) return `clinic default: ${state.clinic.contact}`;
    if (/date|started|stopped|target|last_done|booked|changed_on|diagnosed_on/.test(String(parts[parts.length - 1]))) {
      return 'YYYY-MM-DD';
    }
    return null;
  }

  function renderScalar(schema, parts, label, required) {
    const id = idOf(parts);
    const box = fieldWrapper(parts);
    const value = getAt(parts);
    const hint = describe(schema, id);
    const describedBy = [hint ? id + '-hint' : null, id + '-messages'].filter(Boolean).join(' ');
    let input;
    const types = typesOf(schema);
    if (schema.enum) {
      input = el('select', { id, 'aria-describedby': describedBy });
      input.append(el('option', { value: '' }, '(not given)'));
      for (const word of schema.enum) {
        input.append(el('option', { value: word, selected: value === word }, String(word)));
      }
      input.addEventListener('change', () => { setAt(parts, input.value); changedByForm(false); });
    } else if (types.includes('boolean')) {
      input = el('select', { id, 'aria-describedby': describedBy });
      input.append(el('option', { value: '' }, '(not given)'),
        el('option', { value: 'true', selected: value === true }, 'yes'),
        el('option', { value: 'false', selected: value === false }, 'no'));
      input.addEventListener('change', () => {
        setAt(parts, input.value === '' ? undefined : input.value === 'true');
        changedByForm(false);
      });
    } else {
      // Only notes may hold line breaks; the schema says so with its pattern.
      const multiline = !schema.pattern;
      input = multiline ? el('textarea', { id, rows: 2, 'aria-describedby': describedBy })
        : el('input', {
          type: 'text', id, 'aria-describedby': describedBy, list: completionList(parts),
          placeholder: placeholderFor(parts), autocomplete: 'off',
        });
      input.value = value === undefined || value === null ? '' : String(value);
      input.addEventListener('input', () => { setAt(parts, input.value); changedByForm(false); });
    }
    box.append(el('label', { for: id }, label + (required ? ' (required)' : '')), input, hint, errorArea(id));
    return box;
  }

  function focusSoon(id) {
    window.requestAnimationFrame(() => {
      const target = byId(id);
      if (target) target.focus();
    });
  }

  // ---- keeping form, YAML and checks in step ----------------------------

  function changedByForm(rebuild) {
    if (rebuild) renderForm();
    writeYaml();
    scheduleValidate();
    showDiagnostics(state.lastDiagnostics || []);
  }

  function changedByYaml() {
    const text = byId('yaml').value;
    let parsed;
    try {
      parsed = loadYaml(text);
    } catch (error) {
      byId('yaml-status').textContent = 'The form waits until the YAML reads as YAML again.';
      scheduleValidate();
      return;
    }
    state.comments = YamlComments.read(text, loadYaml);
    state.commentsUnsafe = state.comments === null;
    byId('yaml-status').textContent = state.commentsUnsafe
      ? 'Some comments here cannot be kept safely: an edit in the form will drop the comments. Edit here to keep them.' : '';
    state.model = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
    setMode('packet' in state.model ? 'packet' : 'patient', false);
    renderForm();
    showDiagnostics(state.lastDiagnostics);  // at the new form's fields until the check answers
    scheduleValidate();
  }

  function scheduleValidate() {
    window.clearTimeout(state.validateTimer);
    byId('check-status').textContent = 'Checking…';
    state.validateTimer = window.setTimeout(validateNow, 400);
  }

  async function post(path, text) {
    return fetch(path, {
      method: 'POST', body: text, headers: { 'Content-Type': 'application/yaml' },
      credentials: 'same-origin', cache: 'no-store',
    });
  }

  async function validateNow() {
    const seq = ++state.validateSeq;
    let answer;
    try {
      const response = await post('/api/validate', byId('yaml').value);
      if (response.status === 503) {
        state.validateTimer = window.setTimeout(validateNow, 1000);
        return;
      }
      if (response.status === 401) { window.location.assign('/login'); return; }
      answer = await response.json();
      if (!response.ok) throw new Error(answer.error || `status ${response.status}`);
    } catch (error) {
      if (seq === state.validateSeq) byId('check-status').textContent = `Could not check: ${error.message}`;
      return;
    }
    if (seq !== state.validateSeq) return;  // a newer check is on its way
    state.lastDiagnostics = answer.diagnostics;
    byId('check-status').textContent = answer.ok
      ? (answer.warnings ? `No errors; ${answer.warnings} warning(s).` : 'No problems found.')
      : `${answer.errors} error(s), ${answer.warnings} warning(s).`;
    showDiagnostics(answer.diagnostics);
  }

  // The field a diagnostic is about: its path, or the nearest enclosing one shown.
  function fieldFor(path) {
    let current = path;
    while (current) {
      const field = byId('profile-form').querySelector(`[data-path="${CSS.escape(current)}"]`);
      if (field) return field;
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) break;
      current = current.slice(0, cut);
    }
    return null;
  }

  function diagnosticText(diagnostic) {
    const hints = diagnostic.hints.map((hint) => `\nhint: ${hint}`).join('');
    return `${diagnostic.severity}: ${diagnostic.message}${hints}`;
  }

  function lineText(diagnostic) {
    return `Line ${diagnostic.line}, column ${diagnostic.column}: ${diagnosticText(diagnostic)}`;
  }

  // Each diagnostic at its field (message, aria-invalid), in the list of
  // problems (an entry focuses the field), and in the YAML view: a mark in
  // the line gutter and an entry under the editor that moves the caret there.
  function showDiagnostics(diagnostics) {
    for (const area of document.querySelectorAll('.messages')) area.replaceChildren();
    for (const input of document.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const problems = byId('problems');
    const yamlProblems = byId('yaml-problems');
    problems.replaceChildren();
    yamlProblems.replaceChildren();
    for (const diagnostic of diagnostics) {
      const kind = diagnostic.severity === 'error' ? 'error' : 'warning';
      const field = fieldFor(diagnostic.path);
      if (field) {
        const area = field.querySelector(':scope > .messages');
        if (area) area.append(el('p', { class: kind }, diagnosticText(diagnostic)));
        const input = field.querySelector(':scope > input, :scope > select, :scope > textarea');
        if (input && kind === 'error') input.setAttribute('aria-invalid', 'true');
      }
      const toField = el('button', { type: 'button', class: kind }, diagnosticText(diagnostic));
      toField.addEventListener('click', () => focusField(diagnostic));
      problems.append(el('li', {}, toField));
      if (diagnostic.line > 0) {
        const toLine = el('button', { type: 'button', class: kind }, lineText(diagnostic));
        toLine.addEventListener('click', () => focusYamlLine(diagnostic.line, diagnostic.column));
        yamlProblems.append(el('li', { 'data-line': diagnostic.line }, toLine));
      }
    }
    state.lines.mark(diagnostics.map((diagnostic) =>
      Object.assign({}, diagnostic, { text: lineText(diagnostic) })));
    showCaretLineProblem();
  }

  // The field is looked up when the entry is used: the form may have been
  // built again since the check.
  function focusField(diagnostic) {
    const field = fieldFor(diagnostic.path);
    const input = field && (field.matches('input, select, textarea') ? field
      : field.querySelector('input, select, textarea, button'));
    if (input) {
      input.focus();
      return;
    }
    if (diagnostic.line > 0) focusYamlLine(diagnostic.line, diagnostic.column);
  }

  function focusYamlLine(line, column) {
    state.lines.goTo(line, column);
    showCaretLineProblem();
  }

  // Under the editor, the problems of the line the caret is on.
  function showCaretLineProblem() {
    const here = byId('yaml-here');
    const mark = state.lines.marks().get(state.lines.caretLine());
    here.textContent = mark ? mark.text : '';
    here.className = mark ? mark.kind : 'hint';
  }

  // ---- modes, new, open, save -------------------------------------------

  function setMode(mode, rebuild) {
    state.mode = mode;
    byId('mode-patient').checked = mode === 'patient';
    byId('mode-packet').checked = mode === 'packet';
    if (rebuild) {
      for (const key of hiddenKeys()) delete state.model[key];
      if (mode === 'packet' && !state.model.packet) state.model.packet = {};
      changedByForm(true);
    }
  }

  function newProfile(mode) {
    state.model = mode === 'packet'
      ? { format: 'careplan/v1', packet: { title: '', sections: 'all' } }
      : { format: 'careplan/v1', patient: {}, diagnosis: { condition: 'systemic sclerosis' } };
    state.comments = NO_COMMENTS();
    setMode(mode, false);
    changedByForm(true);
    clearPreview();
  }

  function openFile(file) {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      byId('yaml').value = String(reader.result);
      state.lines.render();
      changedByYaml();
      clearPreview();
      byId('preview-status').textContent = `Opened ${file.name}. Press Preview to see the plan.`;
    });
    reader.readAsText(file);
  }

  function download(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function saveProfile() {
    download(new Blob([byId('yaml').value], { type: 'application/yaml' }), 'profile.yaml');
  }

  // ---- preview, print, download -----------------------------------------

  function clearPreview() {
    if (state.pdfUrl) URL.revokeObjectURL(state.pdfUrl);
    state.pdfUrl = null;
    byId('preview').hidden = true;
    byId('preview').removeAttribute('src');
    byId('download-pdf').hidden = true;
    byId('print-button').disabled = true;
  }

  async function preview() {
    byId('preview-status').textContent = 'Making the plan…';
    let response;
    try {
      response = await post('/api/render', byId('yaml').value);
    } catch (error) {
      byId('preview-status').textContent = `Could not make the plan: ${error.message}`;
      return;
    }
    if (response.status === 401) { window.location.assign('/login'); return; }
    if (response.status === 422) {
      const answer = await response.json();
      state.lastDiagnostics = answer.diagnostics;
      showDiagnostics(answer.diagnostics);
      byId('preview-status').textContent = `The profile has ${answer.errors} error(s); see them at their fields.`;
      return;
    }
    if (!response.ok) {
      byId('preview-status').textContent = response.status === 503
        ? 'The print station is busy; press Preview again in a moment.'
        : `Could not make the plan (status ${response.status}).`;
      return;
    }
    const pdf = await response.blob();
    clearPreview();
    state.pdfUrl = URL.createObjectURL(new Blob([pdf], { type: 'application/pdf' }));
    const frame = byId('preview');
    frame.src = state.pdfUrl;
    frame.hidden = false;
    const link = byId('download-pdf');
    link.href = state.pdfUrl;
    link.hidden = false;
    byId('print-button').disabled = false;
    byId('preview-status').textContent = `Plan ready (${Math.round(pdf.size / 1024)} KB).`;
  }

  function print() {
    const frame = byId('preview');
    try {
      frame.contentWindow.focus();
      frame.contentWindow.print();
    } catch (error) {
      window.open(state.pdfUrl, '_blank', 'noopener');
    }
  }

  // ---- start --------------------------------------------------------------

  function fillCompletions() {
    const medicines = byId('medicine-names');
    const tests = byId('test-names');
    const seen = new Set();
    for (const medicine of state.vocabulary.medicines) {
      for (const word of [medicine.name, ...medicine.aliases]) {
        if (seen.has('m' + word)) continue;
        seen.add('m' + word);
        medicines.append(el('option', { value: word }));
      }
    }
    for (const test of state.vocabulary.tests) {
      for (const word of [test.name, ...test.aliases]) {
        if (seen.has('t' + word)) continue;
        seen.add('t' + word);
        tests.append(el('option', { value: word }));
      }
    }
  }

  function showClinic() {
    const clinic = state.clinic;
    const parts = [];
    if (clinic.organisation) parts.push(clinic.organisation);
    if (clinic.emergency_number) parts.push(`emergency number ${clinic.emergency_number}`);
    if (clinic.out_of_hours) parts.push(`out of hours: ${clinic.out_of_hours}`);
    byId('clinic').textContent = parts.length ? `Clinic defaults: ${parts.join('; ')}` : '';
  }

  // The keys each kind of profile may not have, from the schema's oneOf.
  function readModes() {
    for (const option of state.schema.oneOf || []) {
      const forbidden = ((option.not && option.not.anyOf) || []).flatMap((rule) => rule.required || []);
      if ((option.required || []).includes('packet')) state.patientOnlyKeys = forbidden;
      else state.packetOnlyKeys = forbidden;
    }
  }

  async function getJson(path) {
    const response = await fetch(path, { credentials: 'same-origin', cache: 'no-store' });
    if (response.status === 401) { window.location.assign('/login'); throw new Error('login needed'); }
    return response.json();
  }

  async function start() {
    [state.schema, state.vocabulary, state.clinic] = await Promise.all(
      [getJson('/api/schema'), getJson('/api/vocabulary'), getJson('/api/clinic')]);
    readModes();
    state.lines = window.careplanYamlLines(byId('yaml'), byId('yaml-gutter'), (line) => focusYamlLine(line, 1));
    fillCompletions();
    showClinic();
    byId('new-patient').addEventListener('click', () => newProfile('patient'));
    byId('new-packet').addEventListener('click', () => newProfile('packet'));
    byId('mode-patient').addEventListener('change', () => setMode('patient', true));
    byId('mode-packet').addEventListener('change', () => setMode('packet', true));
    byId('open-file').addEventListener('change', (event) => {
      const file = event.target.files[0];
      if (file) openFile(file);
      event.target.value = '';
    });
    byId('save-profile').addEventListener('click', saveProfile);
    byId('preview-button').addEventListener('click', preview);
    byId('print-button').addEventListener('click', print);
    byId('yaml').addEventListener('input', () => {
      window.clearTimeout(state.yamlTimer);
      state.yamlTimer = window.setTimeout(changedByYaml, 300);
    });
    for (const event of ['keyup', 'click', 'focus']) {
      byId('yaml').addEventListener(event, showCaretLineProblem);
    }
    newProfile('patient');
    document.body.setAttribute('data-ready', 'true');
  }

  start().catch((error) => {
    byId('check-status').textContent = `The page could not start: ${error.message}`;
  });
})();
