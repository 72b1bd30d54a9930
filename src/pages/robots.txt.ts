import { robotsTxt } from '../lib/robots';

export function GET() {
  return new Response(robotsTxt(import.meta.env.SITE, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
