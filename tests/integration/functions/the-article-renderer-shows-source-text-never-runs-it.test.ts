/**
 * The one renderer of an article's text (src/components/article/), as the server renderer draws
 * it for the editors' preview and the councils' review view: text from the source is shown as
 * text, never as markup, links keep only safe addresses, and a fact this build does not know is
 * marked instead of failing. Drawn by the renderer `npm run build` made (dist-server/).
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { renderedPage } from '../../../functions/shared/rendered-page.ts';
import { serverDirFor } from '../../../src/core/rendered-pages.ts';
import { builtSite } from '../../fixtures/search-site.ts';

const FRONTMATTER = '---\ntitle: Forhåndsvisning <i>\nsummary: Kort <b>tekst</b>.\n---\n';

/** The body as the server renderer draws it for the editors' preview. */
async function drawn(body: string): Promise<string> {
  const page = await renderedPage(serverDirFor(builtSite), 'articlePreview', { source: FRONTMATTER + body });
  return parse(page.body!).querySelector('.prose')!.innerHTML;
}

describe('the article text as the server renderer draws it', () => {
  it('draws headings with their anchors, lists, emphasis and the kommune’s facts', async () => {
    const html = await drawn('## Slik gjør du\n\n1. Ring *oss*\n\n<Local service="servicetorget" show="name" /> i <Kommune />');
    expect(html).toBe(
      '<h2 id="slik-gjør-du">Slik gjør du</h2><ol><li>Ring <em>oss</em></li></ol>' +
        '<p><span data-local>Servicetorget i Jevnaker</span> i <span data-local>Jevnaker kommune</span></p>',
    );
  });

  it('escapes the title, the summary and the text, and keeps a link only to a safe address', async () => {
    const page = (await renderedPage(serverDirFor(builtSite), 'articlePreview', { source: `${FRONTMATTER}Tekst.` })).body!;
    expect(page).toContain('<h1>Forhåndsvisning &lt;i&gt;</h1>');
    expect(page).toContain('Kort &lt;b&gt;tekst&lt;/b&gt;.');
    const html = await drawn('Tekst med &lt;script&gt; og `<b>` og [lenke](javascript:alert(1)) og [trygg](https://example.no/?a="b")');
    expect(html).not.toMatch(/<script|<b>|javascript:/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<code>&lt;b&gt;</code>');
    expect(html).toContain(' og lenke og ');
    expect(html).toContain('<a href="https://example.no/?a=&quot;b&quot;">trygg</a>');
  });

  it.each(['//evil.example/', '/\\evil.example/', '\\\\evil.example/', '/&#92;evil.example/', 'javascript:alert(1)'])(
    'never makes the link «%s» clickable, as the councils’ review view shows older revisions too',
    async (url) => {
      const html = await drawn(`Les [mer](${url}) her.`);
      expect(html).toBe('<p>Les mer her.</p>');
    },
  );

  it('marks a fact this build does not know, instead of failing', async () => {
    expect(await drawn('<Local service="finnes-ikke" />')).toContain('finnes-ikke');
  });

  it('shows a body the parser cannot read as plain text', async () => {
    expect(await drawn('Et {uavsluttet uttrykk')).toBe('<pre>Et {uavsluttet uttrykk</pre>');
  });
});
