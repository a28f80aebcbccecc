/**
 * The server renderer's entry: renders one on-demand page (src/pages/_render/) for a request, with
 * the data the function computed as `Astro.locals`.
 */
import { createApp } from 'astro/app/entrypoint';

const app = createApp();

export const renderPage = (request: Request, locals: object): Promise<Response> => app.render(request, { locals });
