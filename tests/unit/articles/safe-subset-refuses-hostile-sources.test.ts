import { describe, expect, it } from 'vitest';
import { checkSafeMdx } from '../../../src/core/articles/safe-mdx.ts';

/** Each hostile body puts its attack on line 3, after a harmless paragraph. */
const HOSTILE: [name: string, line: string, rule: string][] = [
  ['an import', 'import fs from "node:fs"', 'import-export'],
  ['an export', 'export const secret = process.env.SECRET', 'import-export'],
  ['an expression', 'Svaret er {process.exit(1)}.', 'expression'],
  ['a flow expression', '{globalThis.fetch("https://evil.example/")}', 'expression'],
  ['a <script> element', '<script>alert(1)</script>', 'unknown-element'],
  ['an event-handler attribute on HTML', '<img src="x" onerror="alert(1)" />', 'unknown-element'],
  ['an event-handler attribute on a known component', '<Local service="hjemmetjenesten" onClick="alert(1)" />', 'unknown-attribute'],
  ['a javascript: link', 'Trykk [her](javascript:alert(1)).', 'unsafe-link'],
  ['a javascript: link in capitals', 'Trykk [her](JavaScript:alert(1)).', 'unsafe-link'],
  ['a data: link', 'Trykk [her](data:text/html;base64,PHNjcmlwdD4=).', 'unsafe-link'],
  ['a link reference to javascript:', '[her]: javascript:alert(1)', 'unsafe-link'],
  ['a protocol-relative link', 'Trykk [her](//evil.example/).', 'unsafe-link'],
  ['a link written /\\host', 'Trykk [her](/\\evil.example/).', 'unsafe-link'],
  ['a link written \\\\host', 'Trykk [her](\\\\evil.example/).', 'unsafe-link'],
  ['a backslash as a character reference', 'Trykk [her](/&#92;evil.example/).', 'unsafe-link'],
  ['a tab between the slashes', 'Trykk [her](</\t/evil.example/>).', 'unsafe-link'],
  ['a backslash later in a site path', 'Trykk [her](/sykehjem\\..\\evil).', 'unsafe-link'],
  ['a link reference to /\\host', '[her]: /\\evil.example/', 'unsafe-link'],
  ['an expression attribute', '<Local service={"hjemme" + "tjenesten"} />', 'expression-attribute'],
  ['a spread attribute', '<Kommune {...props} />', 'expression-attribute'],
  ['an unknown component', '<Counter start="1" />', 'unknown-element'],
  ['raw HTML', '<div class="x">tekst</div>', 'unknown-element'],
  ['an iframe', '<iframe src="https://evil.example/" />', 'unknown-element'],
  ['an image', '![bilde](https://evil.example/x.png)', 'image'],
  ['a code block', '```js\nalert(1)\n```', 'code'],
  ['an HTML comment MDX cannot read', '<!-- skjult -->', 'unreadable'],
];

describe('the safe subset of MDX', () => {
  it.each(HOSTILE)('refuses %s with its line and a plain reason', (_name, attack, rule) => {
    const problems = checkSafeMdx(`Dette er en vanlig setning.\n\n${attack}\n`);
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, rule }));
    for (const problem of problems) expect(problem.message).toMatch(/[a-zæøå]{3}/);
  });

  it('counts lines from the start of the file when the body starts later', () => {
    expect(checkSafeMdx('Tekst.\n\nimport x from "y"\n', 12)).toEqual([expect.objectContaining({ line: 14, rule: 'import-export' })]);
  });

  it('accepts the Markdown an article needs and the local-fact components with literal strings', () => {
    const body = [
      '## Slik gjør du',
      '',
      '1. Ring [tildelingskontoret](tel:+4761315700) eller skriv til [oss](mailto:post@example.no).',
      '2. Les mer på [helsenorge.no](https://www.helsenorge.no/) og [om sykehjem](/sykehjem/#kort-fortalt).',
      '',
      '- *Viktig*: **husk** vedtaket.',
      '',
      '> Et sitat.',
      '',
      '<Local service="tildelingskontor" />',
      '',
      'Kommunen heter <Kommune show="shortName" />, og nummeret er <Local service="servicetorget" show="phone" />.',
      '',
      '{/* En kommentar til redaktøren */}',
      '',
      '| Tjeneste | Pris |',
      '| --- | --- |',
      '| Trygghetsalarm | se kommunen |',
    ].join('\n');
    expect(checkSafeMdx(body)).toEqual([]);
  });

  it('refuses text between the tags of a component, which would hide it', () => {
    expect(checkSafeMdx('<Local service="a">skjult</Local>\n')).toContainEqual(expect.objectContaining({ rule: 'component-children' }));
  });
});
