/**
 * A colour a board may carry: #rgb…#rrggbbaa, rgb()/hsl() with numbers only, or a named colour.
 * Anything else (a `url(…)` that would make the page fetch an address while drawing, an
 * expression) is not a colour and is never drawn: boards from files and from other people are
 * cleaned of it when read.
 */
const COLOR = /^(#[0-9a-f]{3,8}|(?:rgb|hsl)a?\([\d\s.,%/+-]{1,60}\)|[a-z]{3,30})$/i;

export const isColor = (value: unknown): value is string => typeof value === 'string' && COLOR.test(value.trim());
