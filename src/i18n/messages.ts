/**
 * The app's messages, compiled by Paraglide from messages/{en,es}.json into ./paraglide (generated, not in git).
 * Call each with the language from useLang(): `m.map_show_all({ count }, { locale: lang })`. Each message is
 * its own module, so a message ships in the chunk of the view that uses it, with both languages inlined.
 */
export { m } from './paraglide/messages.js';
