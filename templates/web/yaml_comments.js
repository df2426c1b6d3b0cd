// careplan print station: comments in the YAML view survive an edit in the
// form. The form writes the YAML afresh from the profile's values (js-yaml
// keeps no comments), so the comments are read first, each tied to the field
// on the line below it (a comment at a line's end: that line's field), and put
// back before the same field in the new text. A comment whose field is gone
// goes to the nearest field that holds it; the comments of a removed list item
// go with the item.
// Two checks keep the values safe: the text without its comments must read as
// the same profile (nothing inside a value was taken for a comment), and the
// new text with the comments must read as the same profile as without them.
// When either fails, read() or apply() says so and the page tells the user.
'use strict';

window.careplanYamlComments = (function () {
  const BLOCK_SCALAR = /^[|>][0-9+-]*$/;
  const KEY = /^("[^"]*"|'[^']*'|[^\s#'"[\]{},:-][^#:]*?|-[^\s#:][^#:]*?)\s*:(\s|$)/;
  const MARKER = /^(---|\.\.\.)(\s|$)|^%/;

  // Where a comment starts on a line of content ('#' after white space,
  // outside quotes), or -1.
  function commentStart(line) {
    let quote = null;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote === '"') {
        if (c === '\\') i++;
        else if (c === '"') quote = null;
      } else if (quote === "'") {
        if (c === "'") quote = null;  // '' inside: closes and opens again
      } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(line[i - 1]))) {
        quote = c;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
        return i;
      }
    }
    return -1;
  }

  function indentOf(line) {
    return line.length - line.trimStart().length;
  }

  // Each line's role: blank, comment (or a document marker, kept the same
  // way), content (with the path of the first node that starts on it, and
  // where its comment starts) or value (a line of a value begun above).
  // Block style, as profiles are written; what it cannot follow, the checks
  // in read() and apply() catch.
  function scan(lines) {
    const frames = [];  // open nodes: {col, parts, item: index or undefined}
    let valueDeeperThan = -1;  // lines indented more than this continue a value
    let quotedValue = false;   // ... a quoted one, where '#' is text
    return lines.map((line) => {
      const indent = indentOf(line);
      const body = line.trim();
      if (valueDeeperThan >= 0 && (body === '' || indent > valueDeeperThan) &&
          (quotedValue || !body.startsWith('#'))) {
        return { kind: 'value' };
      }
      valueDeeperThan = -1;
      if (body === '') return { kind: 'blank' };
      if (body.startsWith('#') || MARKER.test(body)) return { kind: 'comment' };
      let col = indent;
      let rest = line.slice(indent);
      let first = null;
      let ownerCol = col;
      while (rest === '-' || rest.startsWith('- ')) {
        while (frames.length && frames[frames.length - 1].col > col) frames.pop();
        let index = 0;
        const top = frames[frames.length - 1];
        if (top && top.item !== undefined && top.col === col) {
          index = top.item + 1;
          frames.pop();
        }
        const parent = frames[frames.length - 1];
        const parts = (parent ? parent.parts : []).concat(index);
        frames.push({ col, parts, item: index });
        first = first || parts;
        ownerCol = col;
        const after = rest.slice(1);
        col += 1 + indentOf(after);
        rest = after.trimStart();
      }
      const key = KEY.exec(rest);
      let value = rest;
      if (key) {
        while (frames.length && frames[frames.length - 1].col >= col) frames.pop();
        const parent = frames[frames.length - 1];
        const parts = (parent ? parent.parts : []).concat(key[1].replace(/^(["'])(.*)\1$/, '$2'));
        frames.push({ col, parts, item: undefined });
        first = first || parts;
        ownerCol = col;
        value = rest.slice(key[0].length);
      }
      const at = commentStart(line);
      const valueText = line.slice(line.length - value.length, at >= 0 ? at : line.length).trim();
      if (valueText !== '') {
        // A value on this line: deeper lines continue it (a block scalar's
        // and a quoted value's '#' lines are text, not comments).
        valueDeeperThan = ownerCol;
        quotedValue = BLOCK_SCALAR.test(valueText) || /^["']/.test(valueText);
      }
      return { kind: 'content', parts: first || [], comment: at };
    });
  }

  function pathKey(parts) {
    return JSON.stringify(parts);
  }

  // Key order does not matter; values, lists and their order do.
  function sameData(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key]));
  }

  function readsAsSame(textA, textB, load) {
    try {
      return sameData(load(textA), load(textB));
    } catch (error) {
      return false;
    }
  }

  // The comments of `text`: {header, anchors: [{parts, before, trailing}],
  // footer, count}, or null when they cannot be told safely from the values.
  function read(text, load) {
    const lines = text.split('\n');
    const roles = scan(lines);
    const comments = { header: [], anchors: [], footer: [], count: 0 };
    const stripped = [];
    let pending = [];
    let seenContent = false;
    roles.forEach((role, i) => {
      const line = lines[i];
      if (role.kind === 'comment') {
        pending.push(line.trim());
        comments.count++;
        stripped.push('');
      } else if (role.kind === 'content') {
        const anchor = { parts: role.parts, before: seenContent ? pending : [], trailing: null };
        if (!seenContent) comments.header = pending;
        seenContent = true;
        pending = [];
        if (role.comment >= 0) {
          anchor.trailing = line.slice(role.comment).trim();
          comments.count++;
          stripped.push(line.slice(0, role.comment).trimEnd());
        } else {
          stripped.push(line);
        }
        if (anchor.before.length || anchor.trailing) comments.anchors.push(anchor);
      } else {
        stripped.push(line);
      }
    });
    if (seenContent) comments.footer = pending; else comments.header = pending;
    if (comments.count === 0) return comments;
    return readsAsSame(stripped.join('\n'), text, load) ? comments : null;
  }

  // A list item removed in the form: its comments go with it, the comments
  // of the items after it move up one.
  function itemRemoved(comments, listParts, index) {
    if (!comments) return;
    const depth = listParts.length;
    const inList = (parts) => parts.length > depth &&
      pathKey(parts.slice(0, depth)) === pathKey(listParts) && typeof parts[depth] === 'number';
    comments.anchors = comments.anchors.filter((anchor) => !(inList(anchor.parts) && anchor.parts[depth] === index));
    for (const anchor of comments.anchors) {
      if (inList(anchor.parts) && anchor.parts[depth] > index) {
        anchor.parts = anchor.parts.slice();
        anchor.parts[depth]--;
      }
    }
  }

  // `dump` (js-yaml's text of the profile) with the comments put back, or
  // null when the result would not read as the same profile.
  function apply(dump, comments, load) {
    if (!comments || comments.count === 0) return dump;
    const lines = dump.split('\n');
    const roles = scan(lines);
    const lineOf = new Map();
    roles.forEach((role, i) => {
      if (role.kind === 'content' && !lineOf.has(pathKey(role.parts))) lineOf.set(pathKey(role.parts), i);
    });
    const before = new Map();
    const trailing = new Map();
    const footer = comments.footer.slice();
    for (const anchor of comments.anchors) {
      let parts = anchor.parts;
      while (parts.length && !lineOf.has(pathKey(parts))) parts = parts.slice(0, -1);
      const words = anchor.before.slice();
      if (!parts.length) {
        footer.push(...words, ...(anchor.trailing ? [anchor.trailing] : []));
        continue;
      }
      const at = lineOf.get(pathKey(parts));
      if (anchor.trailing && parts === anchor.parts) trailing.set(at, anchor.trailing);
      else if (anchor.trailing) words.push(anchor.trailing);
      before.set(at, (before.get(at) || []).concat(words));
    }
    const out = comments.header.slice();
    const end = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
    for (let i = 0; i < end; i++) {
      const indent = ' '.repeat(indentOf(lines[i]));
      for (const comment of before.get(i) || []) out.push(indent + comment);
      out.push(trailing.has(i) ? `${lines[i]} ${trailing.get(i)}` : lines[i]);
    }
    out.push(...footer);
    const text = out.join('\n') + '\n';
    return readsAsSame(text, dump, load) ? text : null;
  }

  return { read, apply, itemRemoved, sameData };
})();
