// Parses Mermaid journey diagrams with the real Mermaid parser, without a browser.
//
//   node check.mjs [--json] FILE...    (a diagram on stdin when no file is named)
//
// A file may hold several diagrams, separated by a line holding only "%%%% next".
// Exit status 0 when every diagram parses as a journey; 1 otherwise, with one line
// "FILE#N: message" per refused diagram on stdout. With --json, stdout is instead one JSON
// array with, per diagram, either {"error": message} or what Mermaid read:
// {"title", "description", "sections", "tasks": [{"section", "task", "score", "people"}]}.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

// Mermaid sanitises titles with DOMPurify, which needs a DOM window: jsdom gives one.
const { window } = new JSDOM('');
globalThis.window = window;
globalThis.document = window.document;

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const args = process.argv.slice(2);
const json = args[0] === '--json';
const names = json ? args.slice(1) : args;
const SEPARATOR = /^%%%% next\r?$/m;
const sources = names.length
  ? names.map((name) => [name, readFileSync(name, 'utf8')])
  : [['<stdin>', readFileSync(0, 'utf8')]];

// What Mermaid's journey database holds after parsing ``diagram``.
async function read(diagram) {
  const result = await mermaid.parse(diagram);
  if (result.diagramType !== 'journey') {
    throw new Error(`parsed as ${result.diagramType}, not journey`);
  }
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(diagram);
  const tasks = db.getTasks().map(({ section, task, score, people }) => ({
    section, task, score, people,
  }));
  return {
    title: db.getDiagramTitle(),
    description: db.getAccDescription(),
    sections: [...db.getSections()],
    tasks,
  };
}

const out = [];
let failed = 0;
for (const [name, text] of sources) {
  for (const [index, diagram] of text.split(SEPARATOR).entries()) {
    try {
      out.push(await read(diagram));
    } catch (error) {
      failed += 1;
      const message = String(error && error.message ? error.message : error).replace(/\s+/g, ' ');
      out.push({ error: message });
      if (!json) process.stdout.write(`${name}#${index + 1}: ${message}\n`);
    }
  }
}
if (json) process.stdout.write(JSON.stringify(out));
process.stderr.write(`${out.length - failed} parsed, ${failed} refused\n`);
// exitCode, not exit(): a pipe is written asynchronously and exit() would cut it short.
process.exitCode = failed ? 1 : 0;
