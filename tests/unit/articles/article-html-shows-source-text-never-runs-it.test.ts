/**
 * The article HTML the editors' preview, the councils' review view and the API's review page share:
 * text from the source is shown as text, never as markup, and links keep only safe schemes.
 */
import { describe, expect, it } from 'vitest';
import { articleBodyHtml, type ReaderFacts } from '../../../src/core/articles/article-html.ts';

const facts: ReaderFacts = {
  services: { servicetorget: { name: 'Servicetorget <i>', phone: '61 31 57 00', email: 'post@example.no' } },
  kommune: { name: 'Jevnaker kommune' },
};

describe('the article body as HTML', () => {
  it('draws headings one level down per offset, lists, emphasis and local facts', () => {
    const html = articleBodyHtml(
      '## Slik gjør du\n\n1. Ring *oss*\n\n<Local service="servicetorget" show="phone" /> i <Kommune />',
      facts,
      2,
    );
    expect(html).toBe(
      '<div><h4>Slik gjør du</h4><ol><li><p>Ring <em>oss</em></p></li></ol>' +
        '<p><span class="preview__local">61 31 57 00</span> i <span class="preview__local">Jevnaker kommune</span></p></div>',
    );
  });

  it('escapes text and facts, and drops links to unsafe schemes', () => {
    const html = articleBodyHtml(
      'Tekst med &lt;script&gt; og `<b>` og [lenke](javascript:alert(1)) og [trygg](https://example.no/?a="b")\n\n<Local service="servicetorget" />',
      facts,
    );
    expect(html).not.toMatch(/<script|<b>|javascript:|<i>/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<code>&lt;b&gt;</code>');
    expect(html).toContain('<a>lenke</a>');
    expect(html).toContain('<a href="https://example.no/?a=&quot;b&quot;">trygg</a>');
    expect(html).toContain('<strong>Servicetorget &lt;i&gt;</strong>');
  });

  it.each(['//evil.example/', '/\\evil.example/', '\\\\evil.example/', '/&#92;evil.example/', 'javascript:alert(1)'])(
    'never makes the link «%s» clickable, as the councils’ review view shows older revisions too',
    (url) => {
      const html = articleBodyHtml(`Les [mer](${url}) her.`, facts);
      expect(html).toContain('<a>mer</a>');
      expect(html).not.toContain('href');
    },
  );

  it('shows a body the parser cannot read as plain text', () => {
    expect(articleBodyHtml('Et {uavsluttet uttrykk', facts)).toBe('<pre>Et {uavsluttet uttrykk</pre>');
  });
});
