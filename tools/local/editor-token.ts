/**
 * `npm run editor-token`: prints a bearer token that the local server (same DATA_DIR, default
 * .data/) accepts as an editor's, for trying the moderation API with curl:
 *   curl -H "Authorization: Bearer $(npm run -s editor-token)" localhost:4321/api/moderation/suggestions
 * EDITOR_NAME sets the name recorded in the history.
 */
import { fileURLToPath } from 'node:url';
import { loadOrCreateEditorKey, signEditorToken } from './editor-key.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const key = await loadOrCreateEditorKey(process.env.DATA_DIR ?? `${root}.data`);
console.info(await signEditorToken(key, { name: process.env.EDITOR_NAME ?? 'Lokal redaktør' }));
