// careplan print station: the YAML view's line numbers. A gutter beside the
// textarea (which does not wrap lines, so a line of text is a line on the
// screen) has one number a line and scrolls with it; a line with a problem
// gets a symbol as well as a colour (✖ error, ▲ warning) and its message as
// a tooltip. The gutter is hidden from screen readers: the list under the
// editor says the same in words, and its entries move the caret to the line.
'use strict';

window.careplanYamlLines = function (textarea, gutter, onLineClicked) {
  const SYMBOLS = { error: '✖', warning: '▲' };
  let marks = new Map();  // line number -> {kind, text}
  let shownLines = 0;

  function lineCount() {
    let count = 1;
    for (const c of textarea.value) if (c === '\n') count++;
    return count;
  }

  function lineNode(line) {
    const node = document.createElement('div');
    node.className = 'gutter-line';
    node.dataset.line = String(line);
    const mark = marks.get(line);
    if (mark) {
      node.classList.add(mark.kind);
      node.title = mark.text;
      const symbol = document.createElement('span');
      symbol.className = 'gutter-symbol';
      symbol.textContent = SYMBOLS[mark.kind];
      node.append(symbol);
    }
    node.append(String(line));
    return node;
  }

  function render() {
    shownLines = lineCount();
    const lines = document.createDocumentFragment();
    for (let line = 1; line <= shownLines; line++) lines.append(lineNode(line));
    gutter.replaceChildren(lines);
    follow();
  }

  function follow() {
    gutter.scrollTop = textarea.scrollTop;
  }

  // Marks the lines of these diagnostics ({severity, line, text}); an error
  // outranks a warning on the same line.
  function mark(diagnostics) {
    marks = new Map();
    for (const diagnostic of diagnostics) {
      if (!(diagnostic.line > 0)) continue;
      const kind = diagnostic.severity === 'error' ? 'error' : 'warning';
      const old = marks.get(diagnostic.line);
      if (old && old.kind === 'error' && kind !== 'error') continue;
      marks.set(diagnostic.line, {
        kind, text: old && old.kind === kind ? `${old.text}\n${diagnostic.text}` : diagnostic.text,
      });
    }
    render();
  }

  function lineHeight() {
    return parseFloat(window.getComputedStyle(textarea).lineHeight) || 20;
  }

  // The line the caret is on, from 1.
  function caretLine() {
    return textarea.value.slice(0, textarea.selectionStart).split('\n').length;
  }

  // Puts the caret at LINE:COLUMN (from 1) and scrolls the line into view.
  function goTo(line, column) {
    const lines = textarea.value.split('\n');
    const target = Math.min(Math.max(1, line), lines.length);
    let offset = 0;
    for (let i = 0; i < target - 1; i++) offset += lines[i].length + 1;
    const caret = offset + Math.min(Math.max(0, (column || 1) - 1), lines[target - 1].length);
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(caret, caret);
    const top = (target - 1) * lineHeight();
    if (top < textarea.scrollTop || top + lineHeight() > textarea.scrollTop + textarea.clientHeight) {
      textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
    }
    follow();
    showInWindow(top - textarea.scrollTop);
  }

  // Scrolls the page, if needed, so the line (TOP pixels below the
  // textarea's first visible line) is on the screen.
  function showInWindow(top) {
    const style = window.getComputedStyle(textarea);
    const y = textarea.getBoundingClientRect().top + textarea.clientTop + parseFloat(style.paddingTop) + top;
    if (y < 0 || y + lineHeight() > window.innerHeight) window.scrollBy(0, y - window.innerHeight / 3);
  }

  textarea.addEventListener('scroll', follow);
  textarea.addEventListener('input', () => { if (lineCount() !== shownLines) render(); });
  gutter.addEventListener('click', (event) => {
    const line = event.target.closest('.gutter-line');
    if (line) onLineClicked(Number(line.dataset.line));
  });
  render();
  return { mark, render, goTo, caretLine, marks: () => marks };
};
