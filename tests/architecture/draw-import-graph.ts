/**
 * `npm run graph`: prints the import graph between the parts of the code base as Mermaid
 * (README's «Project layout» shows it), collapsed to folders so the one-way arrows are visible.
 */
import { cruiseFolders } from './folder-graph.ts';

console.log((await cruiseFolders('mermaid')).output);
