// A small structural check of an .ics file (RFC 5545), for end-to-end tests of the calendar
// download: it returns a list of problems, empty when the file is fine. Not a full parser;
// it checks what breaks imports in practice: lines over 75 octets, line ends other than CRLF,
// unbalanced BEGIN/END, a VEVENT without DTSTART, DTEND, DTSTAMP, UID or SUMMARY, the same
// UID twice (calendar apps would merge the events), and a calendar without events.
// Plain ES module, no dependencies: `import { checkIcs } from './ics-check.mjs'`.

const MAX_OCTETS = 75;
const REQUIRED_IN_VEVENT = ['DTSTART', 'DTEND', 'DTSTAMP', 'UID', 'SUMMARY'];

// Values in messages are cut short: a file with LF line ends is one enormous "line".
const short = (value) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * @param {string} text the whole file, decoded as UTF-8, CRLFs intact
 * @returns {string[]} problems, one sentence each; empty when none
 */
export function checkIcs(text) {
  if (typeof text !== 'string') return ['not a string'];
  const problems = [];
  if (!text.endsWith('\r\n')) problems.push('does not end in CRLF');
  const physical = text.split('\r\n');
  if (physical[physical.length - 1] === '') physical.pop();
  const encoder = new TextEncoder();
  const lines = [];
  physical.forEach((line, i) => {
    const n = i + 1;
    if (/[\r\n]/.test(line)) problems.push(`line ${n}: line break other than CRLF`);
    const octets = encoder.encode(line).length;
    if (octets > MAX_OCTETS) problems.push(`line ${n}: ${octets} octets (max ${MAX_OCTETS})`);
    // Unfolding (RFC 5545 section 3.1): CRLF followed by one space or tab is removed.
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (lines.length === 0) problems.push(`line ${n}: continuation with no line before it`);
      else lines[lines.length - 1].text += line.slice(1);
    } else {
      lines.push({ n, text: line });
    }
  });

  const stack = [];
  const uids = new Map();
  let events = 0;
  let closedCalendar = false;
  for (const { n, text: line } of lines) {
    const match = /^([A-Za-z0-9-]+)[;:]/.exec(line);
    if (!match || !line.includes(':')) {
      problems.push(`line ${n}: not a content line: ${JSON.stringify(short(line))}`);
      continue;
    }
    const name = match[1].toUpperCase();
    const value = line.slice(line.indexOf(':') + 1);
    if (closedCalendar) problems.push(`line ${n}: content after END:VCALENDAR`);
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') {
        problems.push(`line ${n}: file does not start with BEGIN:VCALENDAR`);
      }
      stack.push({ name: value, props: new Set(), uid: null, n });
    } else if (name === 'END') {
      const open = stack.pop();
      if (!open) {
        problems.push(`line ${n}: END:${short(value)} without BEGIN`);
        continue;
      }
      if (open.name !== value) {
        problems.push(`line ${n}: END:${short(value)} closes BEGIN:${short(open.name)} (line ${open.n})`);
      }
      if (open.name === 'VEVENT') {
        events += 1;
        const missing = REQUIRED_IN_VEVENT.filter((p) => !open.props.has(p));
        if (missing.length > 0) {
          problems.push(`VEVENT at line ${open.n}: missing ${missing.join(', ')}`);
        }
        if (open.uid !== null) {
          if (uids.has(open.uid)) {
            problems.push(
              `VEVENT at line ${open.n}: duplicate UID ${short(open.uid)} (also at line ${uids.get(open.uid)})`,
            );
          } else {
            uids.set(open.uid, open.n);
          }
        }
      }
      if (stack.length === 0) closedCalendar = true;
    } else if (stack.length === 0) {
      problems.push(`line ${n}: ${name} outside any component`);
    } else {
      const current = stack[stack.length - 1];
      current.props.add(name);
      if (name === 'UID') current.uid = value;
    }
  }
  for (const open of stack) problems.push(`BEGIN:${short(open.name)} (line ${open.n}) is never closed`);
  if (lines.length > 0 && !closedCalendar && stack.length === 0) {
    problems.push('no VCALENDAR');
  }
  if (events === 0) problems.push('no VEVENT');
  return problems;
}
