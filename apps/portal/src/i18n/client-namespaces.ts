/**
 * The catalogue's namespaces that client components outside the staff sections ask for (the
 * sign-in form's). Every page gets them; the rest of the catalogue (~65 kB per language) goes only
 * to the sections whose client components need it (FullMessages), since the props of a client
 * provider travel in every page's payload.
 * `client-messages.test.ts` fails when a client component outside those sections asks for more.
 */
export const SHARED_CLIENT_NAMESPACES = ["signIn"] as const;

/**
 * Sections whose client components (forms with field errors worded from any namespace) get the
 * whole catalogue: each has a layout rendering <FullMessages>.
 */
export const FULL_MESSAGES_SECTIONS = ["(portal)/agents", "(portal)/clients", "(portal)/orders"] as const;
