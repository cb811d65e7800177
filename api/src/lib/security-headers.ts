import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet with a Content Security Policy that fits the Angular apps and the Swagger UI: every
 * script, font and API call comes from this origin, nothing from a CDN. Inline styles are
 * allowed because Angular Material and the Swagger UI set them.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // NOTE: Angular's critical-CSS inlining loads the full stylesheet through an `onload`
        // attribute, which needs this until the apps' index.html carries a CSP nonce.
        scriptSrcAttr: ["'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        // The back office shows PDF attachments in place, from an object URL of the fetched file.
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain-HTTP local installs must keep working, so HTTPS is left to the reverse proxy that terminates TLS.
    strictTransportSecurity: false,
  });
}
