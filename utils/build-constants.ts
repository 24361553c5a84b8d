/** Firefox add-on id. Tests use it to pin the extension's moz-extension:// UUID. */
export const GECKO_ID = 'returndesk@returndesk.app';
